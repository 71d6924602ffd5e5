import "next-auth";

declare module "next-auth" {
  interface Session {
    user?: {
      id: string;
      name?: string | null;
      email?: string | null;
      role: "agent" | "supervisor";
      /** The agent's session version when this session was issued (lib/auth/session-agent.ts). */
      sessionVersion: number;
    };
  }
}
