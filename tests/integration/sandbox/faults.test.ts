import { describe, expect, it } from "vitest";
import { sandboxForFile } from "../../helpers/sandbox";
import { adminChat, adminRaw, call, chatParams, ok } from "./client";

const sb = sandboxForFile({ seed: "demo" });

const CHAT = { platform: "telegram", platformid: "200", destination: "510228734" };
const send = (message: string) => call(sb, chatParams(sb, "sendmessage", { ...CHAT, message }));
const texts = async () => (await adminChat(sb, "telegram", "200", "510228734")).messages.map((m) => m.text);

describe("faults", () => {
  it("http500 answers HTTP 500 with an HTML page, and the call is still counted", async () => {
    await sb.admin("faults", { body: { kind: "http500" } });
    const answer = await call(sb, chatParams(sb, "getchatchannels"));
    expect(answer.status).toBe(500);
    expect(answer.contentType).toMatch(/^text\/html/);
    expect(answer.text).toMatch(/<html/i);
    expect(await sb.admin("stats")).toMatchObject({ total: 1, byMethod: { getchatchannels: 1 } });
  });

  it("malformed answers HTTP 200 with a body that is not the envelope, both ways", async () => {
    await sb.admin("faults", { body: { kind: "malformed" } });
    const answers = [await call(sb, chatParams(sb, "getchatchannels")), await call(sb, chatParams(sb, "getchatchannels"))];
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.envelope?.status).toBeUndefined();
    }
    expect(answers.filter((a) => a.envelope === undefined)).toHaveLength(1);
    expect(answers.filter((a) => a.envelope !== undefined)).toHaveLength(1);
  });

  it("hang never answers; the client gives up, and the sandbox still serves others", async () => {
    await sb.admin("faults", { body: { kind: "hang", methods: ["getchats"] } });
    const started = Date.now();
    const hung = call(sb, chatParams(sb, "getchats", { platform: "whatsapp", platformid: "100" }), "post", {
      signal: AbortSignal.timeout(300),
    });
    await expect(hung).rejects.toThrow(/abort|timeout/i);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(await ok(sb, "getchatchannels")).toHaveLength(5);
  });

  it("reset drops the connection without an answer", async () => {
    await sb.admin("faults", { body: { kind: "reset" } });
    await expect(call(sb, chatParams(sb, "getchatchannels"))).rejects.toThrow();
  });

  it("code answers a normal ERROR envelope with the code, and by default nothing is sent", async () => {
    await sb.admin("faults", { body: { kind: "code", code: "NO_CREDITS" } });
    const answer = await send("never sent");
    expect(answer.status).toBe(200);
    expect(answer.envelope).toEqual({ status: "ERROR", error: "NO_CREDITS" });
    expect(await texts()).not.toContain("never sent");
  });

  it('when "after" carries the send out, then loses the answer', async () => {
    await sb.admin("faults", { body: { kind: "reset", when: "after", methods: ["sendmessage"] } });
    await expect(send("sent but unanswered")).rejects.toThrow();
    expect(await texts()).toContain("sent but unanswered");
    await sb.admin("faults", { body: { kind: "http500", when: "before" } });
    expect((await send("stopped before")).status).toBe(500);
    expect(await texts()).not.toContain("stopped before");
  });

  it("count injects that many faults, then clears by itself", async () => {
    await sb.admin("faults", { body: { kind: "http500", count: 2 } });
    expect(await sb.admin("faults")).toEqual({ faults: { kind: "http500", count: 2, errorRate: 1, when: "before" } });
    expect((await call(sb, chatParams(sb, "getchatchannels"))).status).toBe(500);
    expect(await sb.admin("faults")).toMatchObject({ faults: { count: 1 } });
    expect((await call(sb, chatParams(sb, "getchatchannels"))).status).toBe(500);
    expect(await sb.admin("faults")).toEqual({ faults: null });
    expect((await call(sb, chatParams(sb, "getchatchannels"))).status).toBe(200);
  });

  it("methods restricts faults to the named API methods", async () => {
    await sb.admin("faults", { body: { kind: "code", code: "NO_ROUTE_AVAILABLE", methods: ["sendmessage", "sendfile"] } });
    expect((await call(sb, chatParams(sb, "getchatchannels"))).envelope?.status).toBe("SUCCESS");
    expect((await send("x")).envelope).toEqual({ status: "ERROR", error: "NO_ROUTE_AVAILABLE" });
  });

  it("latencyMs alone slows the answers without changing them", async () => {
    await sb.admin("faults", { body: { latencyMs: 250 } });
    const started = Date.now();
    const answer = await call(sb, chatParams(sb, "getchatchannels"));
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    expect(answer.envelope?.status).toBe("SUCCESS");
  });

  it("errorRate 0 never injects", async () => {
    await sb.admin("faults", { body: { kind: "http500", errorRate: 0 } });
    for (let i = 0; i < 5; i++) expect((await call(sb, chatParams(sb, "getchatchannels"))).status).toBe(200);
  });

  it("DELETE clears the faults, and reset does too", async () => {
    await sb.admin("faults", { body: { kind: "http500" } });
    expect(await sb.admin("faults", { method: "DELETE" })).toEqual({ faults: null });
    expect((await call(sb, chatParams(sb, "getchatchannels"))).status).toBe(200);
    await sb.admin("faults", { body: { kind: "http500" } });
    await sb.admin("reset", { method: "POST" });
    expect(await sb.admin("faults")).toEqual({ faults: null });
  });

  it.each([
    [{ kind: "code" }, /needs a code/],
    [{ kind: "explode" }, /kind must be one of/],
    [{ kind: "http500", errorRate: 2 }, /errorRate must be between 0 and 1/],
    [{ kind: "http500", methods: ["sendsms"] }, /methods may only name/],
    [{ kind: "http500", count: 0 }, /count must be at least 1/],
    [{}, /Give latencyMs, kind, or both/],
    [{ latencyMs: -5 }, /latencyMs cannot be negative/],
  ])("refuses %j with a 400 sentence", async (body, message) => {
    const answer = await adminRaw(sb, "faults", { body: JSON.stringify(body) });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(message);
  });
});
