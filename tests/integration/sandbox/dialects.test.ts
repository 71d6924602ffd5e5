import { describe, expect, it } from "vitest";
import { sandboxForFile } from "../../helpers/sandbox";
import { adminRaw, call, chatParams } from "./client";

const sb = sandboxForFile({ seed: "demo" });

const DEFAULTS = { statusCase: "upper", listShape: "array", idsAs: "number", flagAs: "number", datetime: "sql" };
const LUCIA = { platform: "whatsapp", platformid: "100", destination: "34600111222" };

async function envelope(method: string, extra: Record<string, string> = {}) {
  const answer = await call(sb, chatParams(sb, method, extra));
  if (!answer.envelope) throw new Error(`not JSON: ${answer.text}`);
  return answer.envelope as { status: string; result?: unknown; error?: string };
}

async function messages(method = "getmessages"): Promise<Record<string, unknown>[]> {
  const { result } = await envelope(method, LUCIA);
  return (Array.isArray(result) ? result : (result as { list: Record<string, unknown>[] }).list) as Record<string, unknown>[];
}

describe("dialects", () => {
  it("starts from the defaults, merges changes, and reset restores them", async () => {
    expect(await sb.admin("dialect")).toEqual(DEFAULTS);
    expect(await sb.admin("dialect", { body: { idsAs: "string" } })).toEqual({ ...DEFAULTS, idsAs: "string" });
    expect(await sb.admin("dialect", { body: { flagAs: "boolean" } })).toEqual({ ...DEFAULTS, idsAs: "string", flagAs: "boolean" });
    await sb.admin("reset", { method: "POST" });
    expect(await sb.admin("dialect")).toEqual(DEFAULTS);
  });

  it("writes the defaults: upper case, bare arrays, numeric ids and flags, sql datetimes", async () => {
    const env = await envelope("getmessages", LUCIA);
    expect(env.status).toBe("SUCCESS");
    expect(Array.isArray(env.result)).toBe(true);
    const [first] = await messages();
    expect(typeof first?.messageid).toBe("number");
    expect(first?.platformid).toBe(100);
    expect(first?.sent).toBe(0);
    expect(first?.datetime).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
  });

  it("statusCase lower writes success and error", async () => {
    await sb.admin("dialect", { body: { statusCase: "lower" } });
    expect((await envelope("getchatchannels")).status).toBe("success");
    expect(await envelope("nope")).toEqual({ status: "error", error: "INCORRECT_METHOD" });
  });

  it("listShape object wraps every list in {list}", async () => {
    await sb.admin("dialect", { body: { listShape: "object" } });
    const channels = await envelope("getchatchannels");
    expect(channels.result).toMatchObject({ list: expect.any(Array) });
    expect((channels.result as { list: unknown[] }).list).toHaveLength(5);
    expect((await envelope("getchats", { platform: "whatsapp", platformid: "100" })).result).toMatchObject({ list: expect.any(Array) });
    expect((await envelope("getunreadmessages", LUCIA)).result).toMatchObject({ list: expect.any(Array) });
  });

  it("idsAs string writes messageid and platformid as strings, also in a send's answer", async () => {
    await sb.admin("dialect", { body: { idsAs: "string" } });
    const [first] = await messages();
    expect(first?.messageid).toEqual(expect.stringMatching(/^\d+$/));
    expect(first?.platformid).toBe("100");
    const channels = (await envelope("getchatchannels")).result as { platformid: unknown }[];
    expect(channels[0]?.platformid).toBe("100");
    const sent = await envelope("sendmessage", { ...LUCIA, message: "hi" });
    expect(sent.result).toEqual({ messageid: expect.stringMatching(/^\d+$/) });
  });

  it.each([
    ["number", [0, 1]],
    ["string", ["0", "1"]],
    ["boolean", [false, true]],
  ] as const)("flagAs %s writes sent and issent that way", async (flagAs, [inbound, outbound]) => {
    await sb.admin("dialect", { body: { flagAs } });
    // Unread first: getmessages reads the chat.
    const unread = await messages("getunreadmessages");
    expect(unread[0]?.issent).toBe(inbound);
    const all = await messages();
    expect(all[0]?.sent).toBe(inbound);
    expect(all[1]?.sent).toBe(outbound);
  });

  it("datetime iso and unix write the same instant", async () => {
    const [sql] = await messages();
    const instant = Date.parse(`${String(sql?.datetime).replace(" ", "T")}Z`);
    await sb.admin("dialect", { body: { datetime: "iso" } });
    const [iso] = await messages();
    expect(iso?.datetime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(Date.parse(String(iso?.datetime))).toBe(instant);
    await sb.admin("dialect", { body: { datetime: "unix" } });
    const [unix] = await messages();
    expect(unix?.datetime).toBe(instant / 1000);
  });

  it("refuses unknown options and values with a sentence", async () => {
    const bad = await adminRaw(sb, "dialect", { body: JSON.stringify({ datetime: "rfc2822" }) });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe("datetime must be sql, iso or unix.");
    const unknown = await adminRaw(sb, "dialect", { body: JSON.stringify({ colour: "blue" }) });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatch(/Unknown field: colour/);
    expect(await sb.admin("dialect")).toEqual(DEFAULTS);
  });
});
