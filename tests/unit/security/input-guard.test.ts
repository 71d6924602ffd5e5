import { describe, expect, it } from "vitest";
import { z } from "zod";
import { inputProblem, isDataException, textProblem } from "@/lib/actions/input-guard";
import { runAction } from "@/lib/actions/run-action";
import { decodeCursor, encodeCursor } from "@/lib/db/queries/cursor";
import { speak } from "@/lib/contract/sentence";
import { safeError } from "@/lib/log";
import { catalogTranslator } from "../../helpers/i18n";

const agent = { id: "a", email: "a@x.example", name: "A", role: "agent" as const };
const en = () => catalogTranslator("en");
const said = (sentence: ReturnType<typeof inputProblem>) => (sentence ? speak(en(), sentence) : undefined);

describe("inputProblem", () => {
  it("lets ordinary input through", () => {
    expect(inputProblem({ conversationId: 2_147_483_647, text: "hola ¿qué tal? 👋", tags: ["a"], minutes: null })).toBeUndefined();
  });

  it.each([
    [{ text: "a\u0000b" }, "Message: Must not contain a NUL character."],
    [{ conversationId: 2_147_483_648 }, "Conversation: Must be a number from -2147483648 to 2147483647."],
    [{ minutes: -1e300 }, "Threshold: Must be a number from -2147483648 to 2147483647."],
    [{ list: [1, { deep: "\u0000" }] }, "list.1.deep: Must not contain a NUL character."],
    [{ a: { b: { c: { d: { e: { f: { g: { h: { i: 1 } } } } } } } } }, "a.b.c.d.e.f.g.h: Is nested too deeply."],
    [{ text: "x".repeat(100_001) }, "Message: Is too long."],
    [{ ["k\u0000"]: 1 }, "A field name must not contain a NUL character."],
  ])("refuses %j", (input, sentence) => expect(said(inputProblem(input))).toBe(sentence));

  it("labels a field named like an object's own property by its path, not from the catalog's prototype", () => {
    expect(said(textProblem({ constructor: "\u0000" }))).toBe("constructor: Must not contain a NUL character.");
    expect(said(textProblem({ toString: "\u0000" }))).toBe("toString: Must not contain a NUL character.");
  });

  it("refuses a route's query or path holding a NUL", () => {
    expect(said(textProblem({ q: "\u0000" }))).toBe("Search: Must not contain a NUL character.");
    expect(said(textProblem({ id: ["1", "2\u0000"] }))).toBe("id: Must not contain a NUL character.");
    expect(textProblem({ q: "ordinary" })).toBeUndefined();
  });

  it("is applied by the action wrapper before the action's schema, so no handler runs", async () => {
    let ran = false;
    const spec = { name: "probe", input: z.object({ conversationId: z.number().int().positive() }) };
    const result = await runAction(agent, spec, { conversationId: 2_147_483_648 }, async () => {
      ran = true;
    }, en);
    expect(result).toEqual({ ok: false, code: "bad_request", message: "Conversation: Must be a number from -2147483648 to 2147483647." });
    expect(ran).toBe(false);
  });

  it("answers a value the database refused as bad input, not as a fault", async () => {
    const refusal = Object.assign(new Error("Failed query: select 1\nparams: secret text"), { name: "DrizzleQueryError", cause: { code: "22021" } });
    expect(isDataException(refusal)).toBe(true);
    const result = await runAction(agent, { name: "probe", input: z.object({}) }, {}, async () => {
      throw refusal;
    }, en);
    expect(result).toMatchObject({ ok: false, code: "bad_request" });
  });
});

describe("decodeCursor", () => {
  const wrap = (text: string) => Buffer.from(text).toString("base64url");
  it("reads back the cursors it gives out", () => {
    const at = new Date("2026-03-01T10:00:00.123Z");
    expect(decodeCursor(encodeCursor(at, 42))).toEqual({ at, id: 42 });
    expect(decodeCursor(encodeCursor(new Date(0), 1))).toEqual({ at: new Date(0), id: 1 });
  });
  it.each([
    ["a year Postgres cannot take", wrap("253402300800000.5")],
    ["an id past int4", wrap("1700000000000.2147483648")],
    ["a negative time", wrap("-1.5")],
    ["a fraction", wrap("1.5.5")],
    ["garbage", "zzzz"],
  ])("refuses %s", (_name, cursor) => expect(decodeCursor(cursor)).toBeUndefined());
});

describe("safeError", () => {
  it("keeps no statement, parameter or quoted value of a database error", () => {
    const error = Object.assign(new Error('Failed query: select * from messages where text ilike $1\nparams: %customer secret%'), {
      name: "DrizzleQueryError",
      query: "select",
      params: ["%customer secret%"],
      cause: Object.assign(new Error('invalid input syntax for type integer: "customer secret"'), { code: "22P02" }),
    });
    const logged = JSON.stringify(safeError(error));
    expect(logged).not.toContain("customer secret");
    expect(logged).not.toContain("select");
    expect(logged).toContain("22P02");
    expect(JSON.stringify(safeError("Failed query: insert into outbox values ('hello')"))).not.toContain("hello");
  });
  it("keeps an ordinary error's message and stack", () => {
    const logged = safeError(new Error("the sandbox refused"));
    expect(logged).toMatchObject({ type: "Error", message: "the sandbox refused" });
  });
});
