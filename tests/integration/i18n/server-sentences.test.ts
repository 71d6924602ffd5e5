import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionAgent } from "@/lib/auth/access";
import type { DatabaseHandle } from "@/lib/db/handle";
import { createAgent } from "@/lib/db/queries/agents";
import { createTestDatabase } from "../../helpers/db";
import { catalogTranslator } from "../../helpers/i18n";

/*
 * The server speaks the request's language: real actions and routes, through their wrappers,
 * on a real database and the real catalogs. Stood in for: the session (next-auth's cookie),
 * Next's cache, and the request's locale (the one seam, lib/actions/request-translator.ts,
 * which next-intl fills from lib/i18n/request.ts inside Next).
 */

const request = vi.hoisted(() => ({ agent: null as SessionAgent | null, db: undefined as unknown, locale: "en" }));
vi.mock("@/lib/auth/session", () => ({ getSessionAgent: async () => request.agent }));
vi.mock("@/lib/db/instance", () => ({ getDb: async () => request.db }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/actions/request-translator", () => ({ requestTranslator: async () => catalogTranslator(request.locale) }));

const { markSeenAction } = await import("@/lib/inbox/actions");
const { changeConversationsAction } = await import("@/lib/inbox/work-actions");
const { allowMediaHostAction } = await import("@/lib/queues/media-actions");
const agentWaiting = await import("@/app/api/supervisor/agents/[agentId]/waiting/route");
const inbox = await import("@/app/api/inbox/route");

let handle: DatabaseHandle;
let supervisor: SessionAgent;

beforeAll(async () => {
  handle = await createTestDatabase();
  request.db = handle.db;
  const row = await createAgent(handle.db, { email: "ola@example.com", displayName: "Ola", passwordHash: "x", role: "supervisor" });
  supervisor = { id: row.id, email: row.email, name: "Ola", role: "supervisor" };
});
afterAll(() => handle.close());
beforeEach(() => {
  request.agent = supervisor;
  request.locale = "pl";
});

const get = async (route: { GET: (r: NextRequest, s: { params: Promise<Record<string, string>> }) => Promise<Response> }, url: string, params = {}) => {
  const response = await route.GET(new NextRequest(`http://localhost${url}`), { params: Promise.resolve(params) });
  return { status: response.status, body: await response.json() };
};

describe("an action asked in Polish", () => {
  it("answers a handler's refusal in Polish", async () => {
    expect(await markSeenAction({ conversationId: 424_242 })).toEqual({ ok: false, code: "not_found", message: "Ta rozmowa już nie istnieje." });
  });

  it("answers the schema's refusal in Polish, the field named by its Polish label", async () => {
    expect(await changeConversationsAction({ conversationIds: [], change: { change: "resolve" } })).toEqual({
      ok: false,
      code: "bad_request",
      message: "Rozmowy: Wybierz co najmniej jedną rozmowę.",
    });
    expect(await allowMediaHostAction({ host: "https://media.example.com/x" })).toMatchObject({
      code: "bad_request",
      message: "Host: Podaj nazwę hosta, np. media.example.com, bez https:// i bez ścieżki.",
    });
  });

  it("answers a refusal of the session in Polish", async () => {
    request.agent = null;
    expect(await markSeenAction({ conversationId: 1 })).toEqual({ ok: false, code: "unauthenticated", message: "Zaloguj się, aby kontynuować." });
  });

  it("answers the same refusal in English when the request is English", async () => {
    request.locale = "en";
    expect(await markSeenAction({ conversationId: 424_242 })).toMatchObject({ message: "That conversation no longer exists." });
  });
});

describe("a route asked in Polish", () => {
  it("refuses a bad path and a bad query in Polish", async () => {
    expect(await get(agentWaiting, "/api/supervisor/agents/nope/waiting", { agentId: "nope" })).toEqual({
      status: 400,
      body: { code: "bad_request", error: "Adres nie wskazuje agenta: musi zawierać identyfikator agenta." },
    });
    expect(await get(inbox, "/api/inbox?view=theirs")).toEqual({
      status: 400,
      body: { code: "bad_request", error: 'Widok: Wybierz jedną z opcji: "mine", "unassigned", "all".' },
    });
  });

  it("refuses a caller without a session in Polish", async () => {
    request.agent = null;
    expect(await get(inbox, "/api/inbox")).toEqual({ status: 401, body: { code: "unauthenticated", error: "Zaloguj się, aby kontynuować." } });
  });
});
