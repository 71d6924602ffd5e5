import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionAgent } from "@/lib/auth/access";
import { DEFAULT_MEDIA_HOSTS, MEDIA_HOSTS_MAX } from "@/lib/contract/media";
import type { DatabaseHandle } from "@/lib/db/handle";
import { createAgent } from "@/lib/db/queries/agents";
import { createTestDatabase } from "../../helpers/db";

/*
 * The media allow-list's server actions as a browser calls them: the real actions, with their
 * wrapper's checks, on a real database. Only the session (next-auth's cookie), Next's cache
 * and the request's language are stood in for.
 */

const session = vi.hoisted(() => ({ agent: null as SessionAgent | null, db: undefined as unknown }));
vi.mock("@/lib/auth/session", () => ({ getSessionAgent: async () => session.agent }));
vi.mock("@/lib/db/instance", () => ({ getDb: async () => session.db }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
// The request's language, which next-intl gives inside Next: English here.
vi.mock("@/lib/actions/request-translator", async () => {
  const { catalogTranslator } = await import("../../helpers/i18n");
  return { requestTranslator: async () => catalogTranslator("en") };
});

const { allowMediaHostAction, disallowMediaHostAction, restoreDefaultMediaHostsAction } = await import("@/lib/queues/media-actions");
const { mediaAllowList } = await import("@/lib/queues/media");
const { readMediaHosts } = await import("@/lib/db/queries/media");

let handle: DatabaseHandle;
let supervisor: SessionAgent;
let agent: SessionAgent;

beforeAll(async () => {
  handle = await createTestDatabase();
  session.db = handle.db;
  const make = async (email: string, role: "agent" | "supervisor") => {
    const row = await createAgent(handle.db, { email, displayName: email, passwordHash: "x", role });
    return { id: row.id, email, name: email, role };
  };
  supervisor = await make("sam@example.com", "supervisor");
  agent = await make("dana@example.com", "agent");
});
afterAll(() => handle.close());
beforeEach(async () => {
  session.agent = supervisor;
  await restoreDefaultMediaHostsAction({});
});

describe("the media allow-list", () => {
  it("starts as the platforms' own media hosts, with nothing stored", async () => {
    expect(await mediaAllowList(handle.db)).toEqual([...DEFAULT_MEDIA_HOSTS]);
    expect(await readMediaHosts(handle.db)).toBeUndefined();
  });

  it("refuses anyone but a supervisor, and changes nothing", async () => {
    for (const who of [null, agent]) {
      session.agent = who;
      const answers = [
        await allowMediaHostAction({ host: "cdn.example.com" }),
        await disallowMediaHostAction({ host: "whatsapp.net" }),
        await restoreDefaultMediaHostsAction({}),
      ];
      for (const answer of answers) expect(answer).toMatchObject({ ok: false, code: who ? "forbidden" : "unauthenticated" });
    }
    expect(await readMediaHosts(handle.db)).toBeUndefined();
  });

  it("adds a host as the browser compares it, once however often it is added", async () => {
    expect(await allowMediaHostAction({ host: "  Media.Example.COM. " })).toEqual({
      ok: true,
      data: { hosts: [...DEFAULT_MEDIA_HOSTS, "media.example.com"] },
    });
    expect(await allowMediaHostAction({ host: "media.example.com" })).toMatchObject({ ok: true });
    expect(await allowMediaHostAction({ host: "bücher.example" })).toMatchObject({ ok: true });
    expect(await mediaAllowList(handle.db)).toEqual([...DEFAULT_MEDIA_HOSTS, "media.example.com", "xn--bcher-kva.example"]);
  });

  it("refuses what is no host name with a sentence, and changes nothing", async () => {
    for (const host of ["https://media.example.com/", "media.example.com/path", "127.0.0.1", "0x7f.1", "[::1]", "localhost", "*.example.com", "a b.example", "", "x".repeat(300), 42, null]) {
      const answer = await allowMediaHostAction({ host } as { host: string });
      expect(answer, String(host)).toMatchObject({ ok: false, code: "bad_request" });
      expect((answer as { message: string }).message, String(host)).toMatch(/host/);
    }
    expect(await readMediaHosts(handle.db)).toBeUndefined();
  });

  it("removes a default host, and a second removal is no error", async () => {
    expect(await disallowMediaHostAction({ host: "telegram.org" })).toEqual({ ok: true, data: { hosts: ["afilnet.com", "whatsapp.net"] } });
    expect(await disallowMediaHostAction({ host: "telegram.org" })).toEqual({ ok: true, data: { hosts: ["afilnet.com", "whatsapp.net"] } });
    expect(await restoreDefaultMediaHostsAction({})).toEqual({ ok: true, data: { hosts: [...DEFAULT_MEDIA_HOSTS] } });
    expect(await readMediaHosts(handle.db)).toBeUndefined();
  });

  it("keeps every host of supervisors adding at once", async () => {
    const hosts = Array.from({ length: 8 }, (_, i) => `cdn${i}.example.com`);
    const answers = await Promise.all(hosts.map((host) => allowMediaHostAction({ host })));
    for (const answer of answers) expect(answer).toMatchObject({ ok: true });
    expect(new Set(await mediaAllowList(handle.db))).toEqual(new Set([...DEFAULT_MEDIA_HOSTS, ...hosts]));
  });

  it(`holds at most ${MEDIA_HOSTS_MAX} hosts, and says so`, async () => {
    for (let i = DEFAULT_MEDIA_HOSTS.length; i < MEDIA_HOSTS_MAX; i++) await allowMediaHostAction({ host: `h${i}.example.com` });
    expect(await mediaAllowList(handle.db)).toHaveLength(MEDIA_HOSTS_MAX);
    const refused = await allowMediaHostAction({ host: "one-too-many.example.com" });
    expect(refused).toMatchObject({ ok: false, code: "conflict" });
    expect((refused as { message: string }).message).toContain(String(MEDIA_HOSTS_MAX));
    expect(await mediaAllowList(handle.db)).not.toContain("one-too-many.example.com");
    // A host already listed is still "added" when the list is full.
    expect(await allowMediaHostAction({ host: "h10.example.com" })).toMatchObject({ ok: true });
  });
});
