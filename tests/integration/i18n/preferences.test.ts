import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionAgent } from "@/lib/auth/access";
import type { DatabaseHandle } from "@/lib/db/handle";
import { createAgent } from "@/lib/db/queries/agents";
import { getAgentPreferences } from "@/lib/db/queries/agent-preferences";
import { createTestDatabase } from "../../helpers/db";

/*
 * The agent's language and time zone: the real action with its wrapper's checks on a real
 * database, and the request's language resolved from what was saved. Only the session cookie's
 * reading and Next's request (for the wrapper's translator) are stood in for.
 */

const session = vi.hoisted(() => ({ agent: null as SessionAgent | null, version: 1, db: undefined as unknown }));
vi.mock("@/lib/auth/session", () => ({
  getSessionAgent: async () => session.agent,
  requestSessionToken: async () => (session.agent ? { agentId: session.agent.id, sessionVersion: session.version } : null),
}));
vi.mock("@/lib/db/instance", () => ({ getDb: async () => session.db }));
// The wrapper speaks its refusals in the request's language: English here.
vi.mock("@/lib/actions/request-translator", async () => {
  const { createTranslator } = await import("next-intl");
  const messages = (await import("@/lib/i18n/messages/en.json")).default;
  return { requestTranslator: async () => createTranslator({ locale: "en", messages }) };
});

const { setPreferencesAction } = await import("@/lib/inbox/preferences-actions");
const { savedPreferences } = await import("@/lib/i18n/saved-preferences");
const { resolveLocale } = await import("@/lib/i18n/negotiate");

let handle: DatabaseHandle;
let dana: SessionAgent;

beforeAll(async () => {
  handle = await createTestDatabase();
  session.db = handle.db;
  const row = await createAgent(handle.db, { email: "dana@example.com", displayName: "Dana", passwordHash: "x", role: "agent" });
  dana = { id: row.id, email: row.email, name: row.displayName, role: row.role };
});
afterAll(() => handle.close());
beforeEach(() => {
  session.agent = dana;
});

/** The language a request of Dana's browser gets, as lib/i18n/request.ts resolves it. */
async function requestLocale(browser: { cookie?: string; acceptLanguage?: string }) {
  return resolveLocale({ saved: (await savedPreferences()).locale, ...browser });
}

describe("the agent's preferences", () => {
  it("start unset: the browser's language decides, then English", async () => {
    expect(await getAgentPreferences(handle.db, dana.id)).toEqual({ locale: null, timeZone: null });
    expect(await requestLocale({ acceptLanguage: "pl-PL,pl;q=0.9,en;q=0.8" })).toBe("pl");
    expect(await requestLocale({ acceptLanguage: "de-DE,de;q=0.9" })).toBe("en");
    expect(await requestLocale({})).toBe("en");
  });

  it("a cookie from the picker outweighs Accept-Language", async () => {
    expect(await requestLocale({ cookie: "pt", acceptLanguage: "pl-PL" })).toBe("pt");
    expect(await requestLocale({ cookie: "xx", acceptLanguage: "pl-PL" })).toBe("pl");
  });

  it("saves a language and a zone on the agent, and the saved language outweighs everything", async () => {
    expect(await setPreferencesAction({ locale: "es" })).toEqual({ ok: true, data: { locale: "es", timeZone: null } });
    expect(await setPreferencesAction({ timeZone: "America/Sao_Paulo" })).toEqual({ ok: true, data: { locale: "es", timeZone: "America/Sao_Paulo" } });
    expect(await getAgentPreferences(handle.db, dana.id)).toEqual({ locale: "es", timeZone: "America/Sao_Paulo" });
    expect(await requestLocale({ cookie: "pt", acceptLanguage: "pl-PL" })).toBe("es");
    expect(await setPreferencesAction({ locale: "pl", timeZone: "Europe/Warsaw" })).toEqual({ ok: true, data: { locale: "pl", timeZone: "Europe/Warsaw" } });
  });

  it("says which zone or language is wrong, in words", async () => {
    expect(await setPreferencesAction({ timeZone: "Mars/Olympus" })).toMatchObject({ message: expect.stringContaining("Europe/Madrid") });
    expect(await setPreferencesAction({ locale: "de" } as never)).toMatchObject({ message: expect.stringContaining('"en", "es", "pt", "pl"') });
  });

  it("stores a zone under its canonical name", async () => {
    expect(await setPreferencesAction({ timeZone: "america/argentina/buenos_aires" })).toMatchObject({ ok: true, data: { timeZone: "America/Buenos_Aires" } });
  });

  it("refuses a language or zone it does not know with a sentence, and changes nothing", async () => {
    const before = await getAgentPreferences(handle.db, dana.id);
    const bad: unknown[] = [
      { locale: "de" },
      { locale: "EN" },
      { locale: 3 },
      { timeZone: "Mars/Olympus" },
      { timeZone: "+01:00" },
      { timeZone: "" },
      { timeZone: "Europe/" + "x".repeat(100) },
      { timeZone: "Europe/Madrid", extra: true },
      {},
      null,
    ];
    for (const input of bad) {
      const answer = await setPreferencesAction(input as never);
      expect(answer, JSON.stringify(input)).toMatchObject({ ok: false, code: "bad_request" });
      expect((answer as { message: string }).message, JSON.stringify(input)).toMatch(/^[A-Z].{10,}\.$/);
    }
    expect(await getAgentPreferences(handle.db, dana.id)).toEqual(before);
  });

  it("refuses anyone signed out", async () => {
    session.agent = null;
    expect(await setPreferencesAction({ locale: "en" })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await requestLocale({ acceptLanguage: "pt-BR" })).toBe("pt");
  });

  it("ignores what an ended session saved: a stale token speaks the browser's language", async () => {
    session.version = 99;
    expect(await savedPreferences()).toEqual({ signedIn: false, locale: null, timeZone: null });
    session.version = 1;
  });
});
