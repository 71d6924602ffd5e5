import { sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionAgent } from "@/lib/auth/access";
import type { InboxFull } from "@/lib/contract/inbox-delta";
import { createAgent } from "@/lib/db/queries/agents";
import { saveContact } from "@/lib/db/queries/contacts";
import { ensureConversation, replaceChannels } from "@/lib/db/queries/mirror";
import { bumpMirrorVersion } from "@/lib/db/queries/sync-state";
import { SNAPSHOT_MS, SNAPSHOT_STALE_MS } from "@/lib/sync/sync-snapshot";
import { databaseForFile } from "../../helpers/db";
import { catalogTranslator } from "../../helpers/i18n";
import { until } from "../../helpers/until";

/*
 * GET /api/inbox reads the sync state (the mirror's version with it) from one snapshot shared
 * by every poller of the process: concurrent polls cost one read of the row, this process's
 * own writes are seen at once, and another instance's within SNAPSHOT_STALE_MS. The reads are
 * counted on the query function; the snapshot's clock (performance.now) is held still, so
 * that only the code under test decides when a read happens.
 */

const state = vi.hoisted(() => ({ agent: null as SessionAgent | null, db: undefined as unknown, reads: 0 }));
vi.mock("@/lib/auth/session", () => ({ getSessionAgent: async () => state.agent }));
vi.mock("@/lib/db/instance", () => ({ getDb: async () => state.db }));
vi.mock("@/lib/actions/request-translator", () => ({ requestTranslator: async () => catalogTranslator("en") }));
vi.mock("@/lib/db/queries/sync-state", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/db/queries/sync-state")>();
  return {
    ...actual,
    readSyncState: (...args: Parameters<typeof actual.readSyncState>) => {
      state.reads += 1;
      return actual.readSyncState(...args);
    },
  };
});

const { GET } = await import("@/app/api/inbox/route");
const database = databaseForFile();
let clock = 1_000_000;
const DESTINATION = "+34600000001";
const QUESTIONS = ["", "status=open", "view=mine", "view=unassigned", "unread=1", "q=hello", "sort=waiting", "limit=5"];

async function get(query: string, etag?: string) {
  const response = await GET(new NextRequest(`http://inbox.test/api/inbox?${query}`, { headers: etag ? { "if-none-match": etag } : {} }), { params: Promise.resolve({}) });
  const body = response.status === 304 ? undefined : ((await response.json()) as InboxFull);
  return { status: response.status, etag: response.headers.get("etag") ?? "", body };
}

/** A poll at a new instant of the held clock, past any snapshot, counted from zero after it. */
async function freshStart() {
  clock += SNAPSHOT_MS * 10;
  const first = await get("");
  expect(first.status).toBe(200);
  state.reads = 0;
  return first;
}

beforeAll(async () => {
  state.db = database.db;
  await replaceChannels(database.db, [{ platform: "telegram", platformId: "bot1", name: "Support" }]);
  await ensureConversation(database.db, 1, DESTINATION);
  const agent = await createAgent(database.db, { email: "ana@example.com", displayName: "Ana", passwordHash: "x", role: "agent" });
  state.agent = { id: agent.id, email: agent.email, name: "Ana", role: "agent" };
  await bumpMirrorVersion(database.db);
});

beforeEach(() => {
  vi.spyOn(performance, "now").mockImplementation(() => clock);
});

describe("the sync state snapshot of GET /api/inbox", () => {
  it("answers many concurrent polls of distinct views with one read of the sync state", async () => {
    const { body } = await freshStart();
    clock += SNAPSHOT_MS * 10;
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => get(QUESTIONS[i % QUESTIONS.length]!)));
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    expect(new Set(answers.map((answer) => answer.body!.version))).toEqual(new Set([body!.version]));
    expect(state.reads).toBe(1);
  });

  it("shows this process's own change on the very next poll", async () => {
    const first = await freshStart();
    await saveContact(database.db, DESTINATION, { displayName: "Marta", note: "" }, state.agent!.id);
    const next = await get("", first.etag);
    expect(next.status).toBe(200);
    expect(next.body!.version).toBeGreaterThan(first.body!.version);
    expect(next.body!.conversations[0]!.displayName).toBe("Marta");
    await bumpMirrorVersion(database.db);
    const after = await get("", next.etag);
    expect(after.body?.version).toBe(next.body!.version + 1);
  });

  it("reuses a read for a short time, then refreshes it behind the polls and shows another instance's change", async () => {
    const first = await freshStart();
    // Another instance moves the version: nothing in this process hears of it.
    await database.db.execute(sql`update sync_state set mirror_version = mirror_version + 1`);
    clock += SNAPSHOT_MS - 1;
    expect((await get("", first.etag)).status).toBe(304);
    expect(state.reads).toBe(0);
    clock += 1;
    // Aged: this poll is answered from the kept row at once, and one read begins behind it.
    expect((await get("", first.etag)).status).toBe(304);
    expect(state.reads).toBe(1);
    const later = await until(async () => {
      const answer = await get("", first.etag);
      return answer.status === 200 && answer;
    });
    expect(later.body!.version).toBe(first.body!.version + 1);
    expect(state.reads).toBe(1);
  });

  it("makes a poll wait for a new read once the kept row is older than SNAPSHOT_STALE_MS", async () => {
    const first = await freshStart();
    await database.db.execute(sql`update sync_state set mirror_version = mirror_version + 1`);
    clock += SNAPSHOT_STALE_MS;
    const later = await get("", first.etag);
    expect(state.reads).toBe(1);
    expect(later.status).toBe(200);
    expect(later.body!.version).toBe(first.body!.version + 1);
  });
});
