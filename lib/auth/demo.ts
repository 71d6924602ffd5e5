import type { Db } from "@/lib/db/handle";
import { countAgents, createAgent } from "@/lib/db/queries/agents";
import { hashPassword } from "./password";

/**
 * Sign-ins created on the first start in sandbox mode only, so that a fresh clone can be tried
 * at once. They exist nowhere else: with an Afilnet account configured, none is created.
 */
export const DEMO_AGENTS = [
  { email: "agent@demo.local", displayName: "Dana Agent", role: "agent", password: "demo-agent-pass" },
  { email: "supervisor@demo.local", displayName: "Sam Supervisor", role: "supervisor", password: "demo-supervisor-pass" },
] as const;

/** Creates the demo agents when the database has no agent at all. */
export async function ensureDemoAgents(db: Db): Promise<boolean> {
  if ((await countAgents(db)) > 0) return false;
  for (const demo of DEMO_AGENTS) {
    await createAgent(db, {
      email: demo.email,
      displayName: demo.displayName,
      role: demo.role,
      passwordHash: await hashPassword(demo.password),
    });
  }
  return true;
}
