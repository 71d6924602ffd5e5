import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ActionError, runAction } from "@/lib/actions/run-action";
import type { SessionAgent } from "@/lib/auth/access";

const agent: SessionAgent = { id: "a", email: "a@x.example", name: "A", role: "agent" };
const supervisor: SessionAgent = { ...agent, id: "s", role: "supervisor" };
const spec = { name: "rename", role: "supervisor" as const, input: z.object({ name: z.string().min(1, "Must not be empty") }) };

describe("runAction", () => {
  it("refuses a caller without a session before looking at the input", async () => {
    let ran = false;
    const result = await runAction(null, spec, { name: "" }, async () => {
      ran = true;
    });
    expect(result).toEqual({ ok: false, code: "unauthenticated", message: "Sign in to continue." });
    expect(ran).toBe(false);
  });

  it("refuses an agent a supervisor action", async () => {
    let ran = false;
    const result = await runAction(agent, spec, { name: "x" }, async () => {
      ran = true;
    });
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(ran).toBe(false);
  });

  it("answers bad input with a sentence naming the field", async () => {
    const result = await runAction(supervisor, spec, { name: "" }, async () => "never");
    expect(result).toEqual({ ok: false, code: "bad_request", message: "name: Must not be empty." });
  });

  it("passes parsed input and the agent to the handler", async () => {
    const result = await runAction(supervisor, spec, { name: "Ana", extra: 1 }, async (input, who) => `${input.name} by ${who.role}`);
    expect(result).toEqual({ ok: true, data: "Ana by supervisor" });
  });

  it("reports expected failures and hides unexpected ones", async () => {
    const expected = await runAction(supervisor, spec, { name: "x" }, async () => {
      throw new ActionError("not_found", "That agent no longer exists.");
    });
    expect(expected).toEqual({ ok: false, code: "not_found", message: "That agent no longer exists." });
    const unexpected = await runAction(supervisor, spec, { name: "x" }, async () => {
      throw new Error("connection string postgres://secret@host");
    });
    expect(unexpected).toEqual({ ok: false, code: "internal", message: "Something went wrong on the server. Try again." });
  });
});
