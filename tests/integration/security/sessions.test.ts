import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { sql } from "drizzle-orm";
import { AGENT_ROW_FRESH_MS, agentForClaim } from "@/lib/auth/session-agent";
import { createAgent, getAgentById, noteSignOut, setAgentActive, setAgentPasswordHash, setAgentRole } from "@/lib/db/queries/agents";
import type { AgentRow } from "@/lib/db/schema";
import { databaseForFile } from "../../helpers/db";
import { until } from "../../helpers/until";

/*
 * Sessions end: a cookie issued before a sign-out, a password change, a deactivation or a role
 * change is refused at the next request, through the same next-auth callback, cookie reading
 * (decoded once per cookie) and database check the app uses (over HTTP the e2e suite does the
 * same with real cookies).
 */
const SECRET = "sessions-test-secret-that-is-long-enough";
vi.stubEnv("NEXTAUTH_SECRET", SECRET);
const { getAuthOptions } = await import("@/lib/auth/options");
const { claimOf, readSessionToken } = await import("@/lib/auth/session-token");

const database = databaseForFile();
let agent: AgentRow;

beforeAll(async () => {
  agent = await createAgent(database.db, { email: "lee@example.com", displayName: "Lee", role: "agent", passwordHash: await hashPassword("lee-password-1") });
});

/** A session cookie as sign-in issues it, from the agent's row as authenticate() returns it. */
async function signIn(row: AgentRow): Promise<string> {
  const user = { id: row.id, email: row.email, name: row.displayName, role: row.role, sessionVersion: row.sessionVersion };
  const token = await getAuthOptions().callbacks!.jwt!({ token: { sub: row.id }, user, account: null } as never);
  return encode({ token, secret: SECRET });
}

/** What a request carrying that cookie gets: the agent, or nobody. */
async function requestWith(cookie: string): Promise<AgentRow | undefined> {
  const token = await readSessionToken({ headers: new Headers(), cookies: new Map([["next-auth.session-token", cookie]]) } as never);
  if (!token) return undefined;
  return agentForClaim(database.db, claimOf(token));
}

const current = async () => (await getAgentById(database.db, agent.id)) as AgentRow;

describe("ending sessions", () => {
  it("a fresh sign-in is honoured", async () => {
    expect((await requestWith(await signIn(await current())))?.id).toBe(agent.id);
  });

  it("sign-out ends the old cookie everywhere; a new sign-in works", async () => {
    const cookie = await signIn(await current());
    const otherDevice = await signIn(await current());
    // Both cookies were used (and kept decoded) before the sign-out.
    expect((await requestWith(cookie))?.id).toBe(agent.id);
    expect((await requestWith(otherDevice))?.id).toBe(agent.id);
    await noteSignOut(database.db, agent.id, new Date());
    expect(await requestWith(cookie)).toBeUndefined();
    expect(await requestWith(otherDevice)).toBeUndefined();
    expect((await requestWith(await signIn(await current())))?.id).toBe(agent.id);
  });

  it("a password change ends the old cookie", async () => {
    const cookie = await signIn(await current());
    await setAgentPasswordHash(database.db, agent.id, await hashPassword("lee-password-2"));
    expect(await requestWith(cookie)).toBeUndefined();
  });

  it("deactivation ends the old cookie, and reactivation does not bring it back", async () => {
    const cookie = await signIn(await current());
    await setAgentActive(database.db, agent.id, false);
    expect(await requestWith(cookie)).toBeUndefined();
    await setAgentActive(database.db, agent.id, true);
    expect(await requestWith(cookie)).toBeUndefined();
    expect((await requestWith(await signIn(await current())))?.id).toBe(agent.id);
  });

  it("a role change ends the old cookie, so that no token keeps the old role", async () => {
    const cookie = await signIn(await current());
    await setAgentRole(database.db, agent.id, "supervisor");
    expect(await requestWith(cookie)).toBeUndefined();
    expect((await requestWith(await signIn(await current())))?.role).toBe("supervisor");
  });

  it("a cookie from before session versions, or a forged claim, is refused", async () => {
    const legacy = await encode({ token: { sub: agent.id, agentId: agent.id, role: "agent" }, secret: SECRET });
    expect(await requestWith(legacy)).toBeUndefined();
    expect(await agentForClaim(database.db, { agentId: agent.id, sessionVersion: "1" })).toBeUndefined();
  });
});

describe("the agent's row, read once for many requests", () => {
  it("answers the requests of the next moment from one read, and sees another instance's deactivation within AGENT_ROW_STALE_MS", async () => {
    const kim = await createAgent(database.db, { email: "kim@example.com", displayName: "Kim", role: "agent", passwordHash: await hashPassword("kim-password-1") });
    const cookie = await signIn(kim);
    const before = performance.now();
    expect((await requestWith(cookie))?.displayName).toBe("Kim");
    // Written as another instance would: this process's writers are not told.
    await database.db.execute(sql`update agents set display_name = 'Kim Park', active = false where id = ${kim.id}`);
    const kept = await requestWith(cookie);
    if (performance.now() - before < AGENT_ROW_FRESH_MS) expect(kept?.displayName).toBe("Kim");
    await until(async () => (await requestWith(cookie)) === undefined, { timeoutMs: 5 * AGENT_ROW_FRESH_MS, everyMs: 50, what: "the deactivation seen" });
    expect(performance.now() - before).toBeLessThan(5 * AGENT_ROW_FRESH_MS);
  });
});
