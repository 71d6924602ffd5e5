import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionAgent } from "@/lib/auth/access";
import type { DatabaseHandle } from "@/lib/db/handle";
import { createAgent } from "@/lib/db/queries/agents";
import { getCannedReply } from "@/lib/db/queries/canned-replies";
import { createTestDatabase } from "../../helpers/db";
import { catalogTranslator } from "../../helpers/i18n";

/*
 * Canned replies through their real actions and route, on a real database and the real
 * catalogs. Stood in for, as in the other suites: the session (next-auth's cookie) and the
 * request's locale.
 */

const request = vi.hoisted(() => ({ agent: null as SessionAgent | null, db: undefined as unknown }));
vi.mock("@/lib/auth/session", () => ({ getSessionAgent: async () => request.agent }));
vi.mock("@/lib/db/instance", () => ({ getDb: async () => request.db }));
vi.mock("@/lib/actions/request-translator", () => ({ requestTranslator: async () => catalogTranslator("en") }));

const { createCannedReplyAction, updateCannedReplyAction, deleteCannedReplyAction } = await import("@/lib/inbox/canned-actions");
const cannedRoute = await import("@/app/api/canned-replies/route");

let handle: DatabaseHandle;
const people: Record<"ola" | "dana" | "ben", SessionAgent> = {} as never;
const as = (who: keyof typeof people) => {
  request.agent = people[who];
};

async function listed(who: keyof typeof people) {
  as(who);
  const response = await cannedRoute.GET(new NextRequest("http://localhost/api/canned-replies"), { params: Promise.resolve({}) });
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toContain("private");
  return ((await response.json()) as { replies: { id: number; name: string; scope: string; editable: boolean }[] }).replies;
}

const create = async (who: keyof typeof people, input: Record<string, unknown>) => {
  as(who);
  return createCannedReplyAction(input as never);
};

beforeAll(async () => {
  handle = await createTestDatabase();
  request.db = handle.db;
  for (const [key, role, name] of [["ola", "supervisor", "Ola"], ["dana", "agent", "Dana"], ["ben", "agent", "Ben"]] as const) {
    const row = await createAgent(handle.db, { email: `${key}@example.com`, displayName: name, passwordHash: "x", role });
    people[key] = { id: row.id, email: row.email, name, role };
  }
});
afterAll(() => handle?.close());
beforeEach(() => {
  request.agent = null;
});

describe("canned replies", () => {
  it("are created by a supervisor for the team and by anyone for themselves, with translations", async () => {
    const team = await create("ola", { scope: "team", name: "greeting", text: "Hello {{contact.name}}, {{agent.name}} here.", translations: { es: "Hola {{ contact.name }}", pt: "" } });
    expect(team).toMatchObject({ ok: true, data: { scope: "team", name: "greeting", translations: { es: "Hola {{ contact.name }}" }, editable: true } });
    const mine = await create("dana", { scope: "personal", name: "thanks", text: "Thanks from {{channel.name}}!" });
    expect(mine).toMatchObject({ ok: true, data: { scope: "personal", name: "thanks", translations: {}, editable: true } });
  });

  it("refuse an agent a team reply, and change nothing", async () => {
    expect(await create("dana", { scope: "team", name: "refund", text: "x" })).toEqual({
      ok: false,
      code: "forbidden",
      message: "Only supervisors may create, change or delete the team's canned replies.",
    });
    expect((await listed("ola")).map((reply) => reply.name)).not.toContain("refund");
  });

  it("refuse a duplicate name among the team's and among one owner's, case aside; two owners may share a name", async () => {
    const duplicate = (name: string) => ({ ok: false, code: "conflict", message: `A canned reply named “${name}” already exists.` });
    expect(await create("ola", { scope: "team", name: "Greeting", text: "again" })).toEqual(duplicate("Greeting"));
    expect(await create("dana", { scope: "personal", name: "THANKS", text: "again" })).toEqual(duplicate("THANKS"));
    expect(await create("ben", { scope: "personal", name: "thanks", text: "Ben's own" })).toMatchObject({ ok: true });
    // A personal name may also be a team name: each is looked up in its own scope.
    expect(await create("dana", { scope: "personal", name: "greeting", text: "Dana's own" })).toMatchObject({ ok: true });
    expect(await create("ola", { scope: "team", name: "thanks", text: "The team's" })).toMatchObject({ ok: true });
    // Renaming onto a taken name is refused the same way.
    const bens = (await listed("ben")).find((reply) => reply.scope === "personal")!;
    await create("ben", { scope: "personal", name: "bye", text: "Bye" });
    as("ben");
    expect(await updateCannedReplyAction({ replyId: bens.id, name: "Bye", text: "x" })).toEqual(duplicate("Bye"));
  });

  it("refuse an unknown variable with a sentence naming it, in the text or in a translation", async () => {
    const sentence = (field: string, variable: string) => `${field}: Unknown variable ${variable}. Use {{contact.name}}, {{agent.name}} or {{channel.name}}.`;
    expect(await create("dana", { scope: "personal", name: "order", text: "Order {{order.id}} shipped" })).toEqual({ ok: false, code: "bad_request", message: sentence("Message", "{{order.id}}") });
    expect(await create("dana", { scope: "personal", name: "order", text: "Shipped", translations: { pl: "Cześć {{ klient }}" } })).toEqual({
      ok: false,
      code: "bad_request",
      message: sentence("Polish translation", "{{klient}}"),
    });
    expect(await create("dana", { scope: "personal", name: "order", text: "{{agent.name}}", translations: { en: "{{ channel.name }}", pl: "{{contact.name}}" } })).toMatchObject({ ok: true });
  });

  it("list the team's and the caller's own only, each marked as the caller may change it or not", async () => {
    const dana = await listed("dana");
    expect(dana.map((reply) => [reply.scope, reply.name, reply.editable])).toEqual([
      ["team", "greeting", false],
      ["personal", "greeting", true],
      ["personal", "order", true],
      ["personal", "thanks", true],
      ["team", "thanks", false],
    ]);
    const ben = await listed("ben");
    expect(ben.filter((reply) => reply.scope === "personal").map((reply) => reply.name)).toEqual(["bye", "thanks"]);
    const ola = await listed("ola");
    expect(ola.map((reply) => [reply.scope, reply.name, reply.editable])).toEqual([
      ["team", "greeting", true],
      ["team", "thanks", true],
    ]);
  });

  it("let an agent change and delete only their own: someone else's is not found, the team's forbidden", async () => {
    const team = (await listed("ola")).find((reply) => reply.name === "greeting")!;
    const danas = (await listed("dana")).find((reply) => reply.scope === "personal" && reply.name === "thanks")!;
    const before = await getCannedReply(handle.db, danas.id);

    as("ben");
    expect(await updateCannedReplyAction({ replyId: danas.id, name: "mine-now", text: "taken" })).toMatchObject({ ok: false, code: "not_found", message: "This canned reply no longer exists." });
    expect(await deleteCannedReplyAction({ replyId: danas.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await getCannedReply(handle.db, danas.id)).toEqual(before);

    as("dana");
    expect(await deleteCannedReplyAction({ replyId: team.id })).toEqual({ ok: false, code: "forbidden", message: "Only supervisors may create, change or delete the team's canned replies." });
    expect(await updateCannedReplyAction({ replyId: team.id, name: "greeting", text: "changed" })).toMatchObject({ ok: false, code: "forbidden" });
    expect((await getCannedReply(handle.db, team.id))!.text).toBe("Hello {{contact.name}}, {{agent.name}} here.");

    // Even a supervisor does not see or touch an agent's own.
    as("ola");
    expect(await deleteCannedReplyAction({ replyId: danas.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await getCannedReply(handle.db, danas.id)).toEqual(before);
  });

  it("are changed and deleted by whoever may", async () => {
    const danas = (await listed("dana")).find((reply) => reply.scope === "personal" && reply.name === "thanks")!;
    as("dana");
    expect(await updateCannedReplyAction({ replyId: danas.id, name: "thank-you", text: "Thank you!", translations: { es: "¡Gracias!" } })).toMatchObject({
      ok: true,
      data: { id: danas.id, scope: "personal", name: "thank-you", text: "Thank you!", translations: { es: "¡Gracias!" } },
    });
    expect(await deleteCannedReplyAction({ replyId: danas.id })).toEqual({ ok: true, data: { id: danas.id } });
    expect(await getCannedReply(handle.db, danas.id)).toBeUndefined();
    expect(await deleteCannedReplyAction({ replyId: danas.id })).toMatchObject({ ok: false, code: "not_found" });

    const team = (await listed("ola")).find((reply) => reply.name === "thanks")!;
    as("ola");
    expect(await updateCannedReplyAction({ replyId: team.id, name: "thanks", text: "Thanks, {{contact.name}}." })).toMatchObject({ ok: true, data: { text: "Thanks, {{contact.name}}." } });
    expect(await deleteCannedReplyAction({ replyId: team.id })).toMatchObject({ ok: true });
    expect((await listed("dana")).map((reply) => reply.name)).not.toContain("thanks");
  });

  it("refuse without a session, and refuse ids no reply has with a sentence", async () => {
    expect(await deleteCannedReplyAction({ replyId: 1 })).toMatchObject({ ok: false, code: "unauthenticated" });
    as("ola");
    expect(await deleteCannedReplyAction({ replyId: 2_147_483_647 })).toMatchObject({ ok: false, code: "not_found" });
    expect(await deleteCannedReplyAction({ replyId: 0 } as never)).toMatchObject({ ok: false, code: "bad_request", message: "Canned reply: This canned reply does not exist; reload the page." });
  });
});
