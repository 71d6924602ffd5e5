import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { noteSignOut } from "@/lib/db/queries/agents";
import { getDb } from "@/lib/db/instance";
import { log } from "@/lib/log";
import { authenticate } from "./authenticate";
import { requestAddress } from "./client-address";
import { sessionSecret } from "./secret";
import { SIGN_IN_ERRORS } from "./sign-in-errors";

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(200),
});

type SignedInUser = { id: string; role: "agent" | "supervisor"; sessionVersion: number };

/** Built per request rather than at import, so that `next build` needs no secret. */
export function getAuthOptions(): NextAuthOptions {
  return {
    secret: sessionSecret(),
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const parsed = credentialsSchema.safeParse(credentials);
          if (!parsed.success) throw new Error(SIGN_IN_ERRORS.invalid);
          const result = await authenticate(await getDb(), { ...parsed.data, address: requestAddress(req?.headers) });
          // One line per sign-in, at info: who (by id, never the password), or why not.
          log.info({ event: "sign_in", ok: result.ok, agentId: result.ok ? result.agent.id : undefined, reason: result.ok ? undefined : result.reason }, "sign-in");
          if (result.ok) {
            const { agent } = result;
            return { id: agent.id, email: agent.email, name: agent.displayName, role: agent.role, sessionVersion: agent.sessionVersion };
          }
          // The message travels to the sign-in form as a code, never with the password.
          if (result.reason === "throttled" || result.reason === "slowed") {
            throw new Error(`${SIGN_IN_ERRORS[result.reason]}:${result.retryAt.toISOString()}`);
          }
          throw new Error(SIGN_IN_ERRORS[result.reason]);
        },
      }),
    ],
    events: {
      async signOut({ token }) {
        // Ends this agent's sessions everywhere, and leaves the supervisor's "active now" list.
        const agentId = token?.agentId;
        if (typeof agentId === "string") await noteSignOut(await getDb(), agentId, new Date());
      },
    },
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          const signedIn = user as unknown as SignedInUser;
          token.agentId = signedIn.id;
          token.role = signedIn.role ?? "agent";
          token.sessionVersion = signedIn.sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        if (session.user) {
          session.user.id = token.agentId as string;
          session.user.role = token.role as "agent" | "supervisor";
          session.user.sessionVersion = token.sessionVersion as number;
        }
        return session;
      },
    },
  };
}
