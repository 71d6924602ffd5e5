import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import type { ThrottlePolicy } from "@/lib/auth/throttle";
import type { DatabaseHandle } from "@/lib/db/handle";
import { createAgent, setAgentActive } from "@/lib/db/queries/agents";
import { createTestDatabase } from "../../helpers/db";

let handle: DatabaseHandle;
let agentId: string;
const policy: ThrottlePolicy = { windowMs: 60_000, lockMs: 120_000, maxPerPair: 3, maxPerAddress: 5, maxPerEmail: 4, baseDelayMs: 1_000, maxDelayMs: 8_000 };
const t0 = new Date("2026-01-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

beforeAll(async () => {
  handle = await createTestDatabase();
  const agent = await createAgent(handle.db, {
    email: "ana@example.com",
    displayName: "Ana",
    role: "agent",
    passwordHash: await hashPassword("right-password"),
  });
  agentId = agent.id;
  await createAgent(handle.db, { email: "bo@example.com", displayName: "Bo", role: "agent", passwordHash: await hashPassword("right-password-bo") });
});
afterAll(() => handle.close());

describe("authenticate", () => {
  it("accepts the right password whatever the email's case", async () => {
    const result = await authenticate(handle.db, { email: " ANA@example.com ", password: "right-password", address: "10.0.0.1", now: t0 }, policy);
    expect(result).toMatchObject({ ok: true, agent: { id: agentId } });
  });

  it("answers a wrong password and an unknown email alike", async () => {
    const wrong = await authenticate(handle.db, { email: "ana@example.com", password: "nope", address: "10.0.0.2", now: t0 }, policy);
    const unknown = await authenticate(handle.db, { email: "zed@example.com", password: "nope", address: "10.0.0.2", now: t0 }, policy);
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("locks one email from one address after repeated failures, even with the right password, until the lock ends", async () => {
    const email = "ana@example.com";
    // A success clears the email's earlier failures, so the count starts here.
    expect((await authenticate(handle.db, { email, password: "right-password", address: "10.1.0.1", now: at(-500) }, policy)).ok).toBe(true);
    for (let i = 0; i < 3; i++) {
      await authenticate(handle.db, { email, password: `bad-${i}`, address: "10.1.0.1", now: at(i * 1000) }, policy);
    }
    const locked = await authenticate(handle.db, { email, password: "right-password", address: "10.1.0.1", now: at(5_000) }, policy);
    expect(locked).toEqual({ ok: false, reason: "throttled", retryAt: at(2_000 + policy.lockMs) });
    const after = await authenticate(handle.db, { email, password: "right-password", address: "10.1.0.1", now: at(2_001 + policy.lockMs) }, policy);
    expect(after.ok).toBe(true);
  });

  it("lets the owner in from their own address while a guesser elsewhere is locked", async () => {
    const email = "ana@example.com";
    for (let i = 0; i < 3; i++) {
      await authenticate(handle.db, { email, password: `guess-${i}`, address: "10.4.0.66", now: at(3 * 60_000 + i) }, policy);
    }
    expect(await authenticate(handle.db, { email, password: "guess-3", address: "10.4.0.66", now: at(3 * 60_000 + 10) }, policy)).toMatchObject({ reason: "throttled" });
    const owner = await authenticate(handle.db, { email, password: "right-password", address: "10.4.0.1", now: at(3 * 60_000 + 20) }, policy);
    expect(owner.ok).toBe(true);
  });

  it("slows, and never locks, an email that fails from many addresses: each delay doubles up to the cap", async () => {
    const email = "bo@example.com";
    const start = 6 * 60_000;
    const fail = (i: number, ms: number) => authenticate(handle.db, { email, password: "wrong", address: `10.5.0.${i}`, now: at(start + ms) }, policy);
    // Below maxPerEmail nothing waits; at it, one second; then 2, 4, 8 and 8 again (the cap).
    for (let i = 0; i < 3; i++) expect(await fail(i, i)).toEqual({ ok: false, reason: "invalid" });
    let now = 3;
    for (const delay of [1_000, 2_000, 4_000, 8_000, 8_000]) {
      expect(await fail(now, now)).toEqual({ ok: false, reason: "invalid" });
      const waiting = await authenticate(handle.db, { email, password: "right-password-bo", address: "10.5.1.1", now: at(start + now + 1) }, policy);
      expect(waiting).toEqual({ ok: false, reason: "slowed", retryAt: at(start + now + delay) });
      now += delay;
    }
    const owner = await authenticate(handle.db, { email, password: "right-password-bo", address: "10.5.1.1", now: at(start + now) }, policy);
    expect(owner.ok).toBe(true);
  });

  it("throttles one address across many emails", async () => {
    for (let i = 0; i < 5; i++) {
      await authenticate(handle.db, { email: `guess${i}@example.com`, password: "x", address: "10.9.9.9", now: at(i) }, policy);
    }
    const result = await authenticate(handle.db, { email: "ana@example.com", password: "right-password", address: "10.9.9.9", now: at(10) }, policy);
    expect(result).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("starts a new window once the old one has passed", async () => {
    const email = "window@example.com";
    await authenticate(handle.db, { email, password: "x", address: "10.2.0.1", now: at(0) }, policy);
    await authenticate(handle.db, { email, password: "x", address: "10.2.0.1", now: at(1) }, policy);
    // Past the window: the count starts again, so two more failures do not lock.
    await authenticate(handle.db, { email, password: "x", address: "10.2.0.1", now: at(policy.windowMs + 10) }, policy);
    const fourth = await authenticate(handle.db, { email, password: "x", address: "10.2.0.1", now: at(policy.windowMs + 20) }, policy);
    expect(fourth).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a deactivated agent with the right password", async () => {
    await setAgentActive(handle.db, agentId, false);
    const result = await authenticate(handle.db, { email: "ana@example.com", password: "right-password", address: "10.3.0.1", now: at(10 * 60_000) }, policy);
    expect(result).toEqual({ ok: false, reason: "deactivated" });
    await setAgentActive(handle.db, agentId, true);
  });
});
