import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ActionError, runAction } from "@/lib/actions/run-action";
import type { SessionAgent } from "@/lib/auth/access";
import { sendTextSchema } from "@/lib/contract/send";
import { catalogTranslator } from "../helpers/i18n";

const agent: SessionAgent = { id: "a", email: "a@x.example", name: "A", role: "agent" };
const supervisor: SessionAgent = { ...agent, id: "s", role: "supervisor" };
const spec = { name: "rename", role: "supervisor" as const, input: z.object({ text: z.string().min(1) }) };
const en = () => catalogTranslator("en");
const es = () => catalogTranslator("es");
const pl = () => catalogTranslator("pl");

describe("runAction", () => {
  it("refuses a caller without a session before looking at the input", async () => {
    let ran = false;
    const result = await runAction(null, spec, { text: "" }, async () => {
      ran = true;
    }, en);
    expect(result).toEqual({ ok: false, code: "unauthenticated", message: "Sign in to continue." });
    expect(ran).toBe(false);
  });

  it("refuses an agent a supervisor action", async () => {
    let ran = false;
    const result = await runAction(agent, spec, { text: "x" }, async () => {
      ran = true;
    }, en);
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(ran).toBe(false);
  });

  it("answers bad input with a sentence naming the field by its label", async () => {
    const result = await runAction(supervisor, spec, { text: "" }, async () => "never", en);
    expect(result).toEqual({ ok: false, code: "bad_request", message: "Message: Must not be empty." });
  });

  it("passes parsed input and the agent to the handler, and asks for no translator", async () => {
    const never = () => {
      throw new Error("a success speaks no sentence");
    };
    const result = await runAction(supervisor, spec, { text: "Ana", extra: 1 }, async (input, who) => `${input.text} by ${who.role}`, never);
    expect(result).toEqual({ ok: true, data: "Ana by supervisor" });
  });

  it("reports expected failures and hides unexpected ones", async () => {
    const expected = await runAction(supervisor, spec, { text: "x" }, async () => {
      throw new ActionError("not_found", "errors.agentGone");
    }, en);
    expect(expected).toEqual({ ok: false, code: "not_found", message: "That agent no longer exists." });
    const unexpected = await runAction(supervisor, spec, { text: "x" }, async () => {
      throw new Error("connection string postgres://secret@host");
    }, en);
    expect(unexpected).toEqual({ ok: false, code: "internal", message: "Something went wrong on the server. Try again." });
  });
});

describe("runAction in the request's language", () => {
  const gone = async () => {
    throw new ActionError("conflict", "errors.mediaHostsFull", { maximum: 50 });
  };

  it("speaks an ActionError's key with its values in Spanish and Polish", async () => {
    expect(await runAction(supervisor, spec, { text: "x" }, gone, es)).toEqual({
      ok: false,
      code: "conflict",
      message: "La lista ya tiene 50 hosts, el máximo posible. Quita uno primero.",
    });
    expect(await runAction(supervisor, spec, { text: "x" }, gone, pl)).toEqual({
      ok: false,
      code: "conflict",
      message: "Lista zawiera już 50 hostów, czyli maksimum. Najpierw usuń jeden.",
    });
  });

  it("speaks a schema's own message and its field's label", async () => {
    const send = { name: "sendText", input: sendTextSchema };
    const input = { clientId: "7d7a4bde-6f5c-4b8e-9c55-3c6f1c1c2b11", conversationId: 1, text: "   " };
    const answer = (t: typeof en) => runAction(agent, send, input, async () => "never", t);
    expect(await answer(en)).toMatchObject({ message: "Message: Write a message before sending." });
    expect(await answer(es)).toMatchObject({ message: "Mensaje: Escribe un mensaje antes de enviarlo." });
    expect(await answer(pl)).toMatchObject({ message: "Wiadomość: Przed wysłaniem napisz wiadomość." });
  });

  it("speaks zod's own refusals (a wrong type, a too long text) from the catalogs", async () => {
    const send = { name: "sendText", input: sendTextSchema };
    const input = { clientId: "7d7a4bde-6f5c-4b8e-9c55-3c6f1c1c2b11", conversationId: "one", text: "x".repeat(4097) };
    const answer = (t: typeof en) => runAction(agent, send, input, async () => "never", t);
    expect(await answer(es)).toMatchObject({ message: "Conversación: Elige una conversación; Mensaje: Un mensaje puede tener como máximo 4096 caracteres." });
    expect(await answer(pl)).toMatchObject({ message: "Rozmowa: Wybierz rozmowę; Wiadomość: Wiadomość może mieć maksymalnie 4096 znaków." });
    const extra = await runAction(agent, { name: "strict", input: z.object({ count: z.number().int().min(2) }) }, { count: 1.5 }, async () => "never", pl);
    expect(extra).toMatchObject({ message: "count: Podaj liczbę całkowitą." });
  });

  it("speaks the wrapper's own refusals: no session, the shared input bounds", async () => {
    expect(await runAction(null, spec, {}, async () => "never", pl)).toMatchObject({ code: "unauthenticated", message: "Zaloguj się, aby kontynuować." });
    expect(await runAction(supervisor, spec, { text: "a\u0000" }, async () => "never", es)).toMatchObject({
      code: "bad_request",
      message: "Mensaje: No puede contener un carácter NUL.",
    });
  });
});
