import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { loadEnv } from "@/lib/env";
import { noteSignOut } from "@/lib/db/queries/agents";
import { getDb } from "@/lib/db/instance";
import { authenticate } from "./authenticate";
import { SIGN_IN_ERRORS } from "./sign-in-errors";

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(200),
});

function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  return first || "unknown";
}

/** Built per request rather than at import, so that `next build` needs no secret. */
export function getAuthOptions(): NextAuthOptions {
  const env = loadEnv();
  return {
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const parsed = credentialsSchema.safeParse(credentials);
          if (!parsed.success) throw new Error(SIGN_IN_ERRORS.invalid);
          const result = await authenticate(await getDb(), {
            ...parsed.data,
            address: clientAddress(req?.headers as Record<string, unknown> | undefined),
          });
          if (result.ok) {
            const { agent } = result;
            return { id: agent.id, email: agent.email, name: agent.displayName, role: agent.role };
          }
          // The message travels to the sign-in form as a code, never with the password.
          if (result.reason === "throttled") throw new Error(`${SIGN_IN_ERRORS.throttled}:${result.retryAt.toISOString()}`);
          throw new Error(SIGN_IN_ERRORS[result.reason]);
        },
      }),
    ],
    events: {
      async signOut({ token }) {
        // Leaves the supervisor's "active now" list at once instead of after five minutes.
        const agentId = token?.agentId;
        if (typeof agentId === "string") await noteSignOut(await getDb(), agentId, new Date());
      },
    },
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.agentId = user.id;
          token.role = (user as { role?: "agent" | "supervisor" }).role ?? "agent";
        }
        return token;
      },
      session({ session, token }) {
        if (session.user) {
          session.user.id = token.agentId as string;
          session.user.role = token.role as "agent" | "supervisor";
        }
        return session;
      },
    },
  };
}
