import { sql } from "drizzle-orm";
import pino from "pino";
import { createAfilnetClient } from "../lib/afilnet";
import { readSyncState } from "../lib/db/queries/sync-state";
import { runSyncOnce, type SyncContext } from "../lib/sync/engine";
import { syncSettings } from "../lib/sync/settings";
import { workRules } from "../lib/inbox/work-rules";
import { openBenchDatabase } from "./lib/database";
import { count, machineLoad, ms, percentile, summary, table, verdict } from "./lib/report";
import { markWrites, writesSince, WATCHED, type RowWrites } from "./lib/row-writes";
import { startBenchSandbox, type BenchSandbox } from "./lib/sandbox";

/*
 * bench:history: what storing a long chat costs when it changes. One webchat chat of 5,000
 * messages; a customer writes one more every second for BENCH_SECONDS (default 60) while the
 * production sync (runSyncOnce: lease, getchats, getmessages of the changed chat, the store,
 * the work rules, the settling of sends) runs a pass every second against the sandbox over
 * HTTP. Afilnet has no "since": each changed pass reads the whole history again. Prints the
 * pass time and, per pass, the rows written (counted by the database: see lib/row-writes.ts)
 * against the new messages. Target: mirror rows written (messages and conversations) = new
 * messages + 1 (the conversation's summary) on every pass that stored the chat. The row of its
 * recent text (what a search's walk reads, rewritten with every new message) is counted apart.
 */

const HISTORY = 5_000;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CHAT = { platform: "webchat", platformId: "300", destination: "wc-history" } as const;
const quiet = pino({ level: "silent" });
const sleep = (time: number) => new Promise((resolve) => setTimeout(resolve, time));

interface Pass {
  ms: number;
  newMessages: number;
  /** Stored messages whose status, text or time changed upstream (an inbound one read, say). */
  changedMessages: number;
  written: RowWrites;
}

type Stored = Map<string, string>;

/** Each stored message's content, to tell the rows that had to be rewritten from those that did not. */
async function storedMessages(db: SyncContext["db"]): Promise<Stored> {
  const result = await db.execute(sql`select message_id, status || '|' || text || '|' || at::text as content from messages`);
  return new Map((result as unknown as { rows: { message_id: string; content: string }[] }).rows.map((row) => [row.message_id, row.content]));
}

function changedBetween(before: Stored, after: Stored): number {
  let changed = 0;
  for (const [id, content] of before) if (after.has(id) && after.get(id) !== content) changed += 1;
  return changed;
}

/** The chat's history, backdated one message a minute up to now, written by 20 writers at once. */
async function seedHistory(sandbox: BenchSandbox): Promise<void> {
  const start = Date.now() - (HISTORY + 1) * 60_000;
  let next = 0;
  const writer = async () => {
    while (next < HISTORY) {
      const i = next++;
      await sandbox.admin("inbound", { body: { ...CHAT, message: `history ${i + 1}`, at: new Date(start + i * 60_000).toISOString() } });
    }
  };
  await Promise.all(Array.from({ length: 20 }, writer));
}

async function main(): Promise<void> {
  console.log(`bench:history: one chat of ${count(HISTORY)} messages, a customer writing 1/s and a sync pass every second for ${SECONDS} s`);
  console.log(`machine at the start: ${machineLoad()}`);
  const sandbox = await startBenchSandbox(["--seed", "empty"]);
  const handle = await openBenchDatabase();
  const db = handle.db;
  try {
    const seeding = performance.now();
    await seedHistory(sandbox);
    console.log(`sandbox seeded with ${count(HISTORY)} messages in ${ms(performance.now() - seeding)}; database: ${handle.label}`);
    const client = createAfilnetClient({ baseUrl: sandbox.apiUrl, user: sandbox.user, password: sandbox.password, auth: "post", timeoutMs: 30_000, readRetries: 0, logger: quiet });
    const ctx: SyncContext = { db, client, owner: "bench", settings: syncSettings({ intervalMs: 1_000, concurrency: 4, afilnetTimeoutMs: 30_000 }), logger: quiet, work: workRules };
    const importing = performance.now();
    while (!(await readSyncState(db)).firstImportDone) await runSyncOnce(ctx, { force: true });
    console.log(`first import: ${ms(performance.now() - importing)}`);

    const passes = await measure(ctx, sandbox);
    report(passes, handle.label);
  } finally {
    await handle.close();
    await sandbox.stop();
  }
}

/** The customer on a 1 s timer of their own; a pass each second, timed; the rows counted between passes. */
async function measure(ctx: SyncContext, sandbox: BenchSandbox): Promise<Pass[]> {
  let written = 0;
  const customer = setInterval(() => {
    const n = ++written;
    sandbox.admin("inbound", { body: { ...CHAT, message: `new ${n}` } }).catch((error: unknown) => console.log(`  the customer's message ${n} failed: ${String(error)}`));
  }, 1_000);
  const passes: Pass[] = [];
  const ends = performance.now() + SECONDS * 1_000;
  try {
    while (performance.now() < ends) {
      const due = performance.now() + 1_000;
      const [mark, before] = [await markWrites(ctx.db), await storedMessages(ctx.db)];
      const started = performance.now();
      const outcome = await runSyncOnce(ctx, { force: true });
      const took = performance.now() - started;
      if (outcome.ran && !outcome.ok) console.log(`  a pass failed: ${outcome.error}`);
      const after = await writesSince(ctx.db, mark);
      const changedMessages = changedBetween(before, await storedMessages(ctx.db));
      passes.push({ ms: took, newMessages: after.counts.messages - mark.counts.messages, changedMessages, written: after.written });
      await sleep(Math.max(0, due - performance.now()));
    }
  } finally {
    clearInterval(customer);
  }
  console.log(`the customer wrote ${written} messages in ${SECONDS} s`);
  return passes;
}

function report(passes: Pass[], label: string): void {
  const times = passes.map((pass) => pass.ms);
  const mirror = (pass: Pass) => pass.written.messages + pass.written.conversations;
  const storing = passes.filter((pass) => pass.newMessages > 0);
  // Literal target: the new messages and the summary. Rows whose content changed upstream must be written too.
  const literal = storing.filter((pass) => mirror(pass) === pass.newMessages + 1);
  const exact = passes.filter((pass) => pass.written.messages === pass.newMessages + pass.changedMessages && pass.written.conversations <= 1);
  console.log(`\n== ${label}: ${passes.length} passes over a chat of ${count(HISTORY)}+ messages ==\n`);
  console.log(table(["pass time", "p50", "p95", "max"], [["all passes", ms(percentile(times, 50)), ms(percentile(times, 95)), ms(Math.max(...times))]]));
  const rows = new Map<string, number>();
  for (const pass of passes) {
    const key = [pass.newMessages, pass.changedMessages, ...WATCHED.map((t) => pass.written[t])].join("|");
    rows.set(key, (rows.get(key) ?? 0) + 1);
  }
  console.log("\nRows written per pass (distinct rows inserted or updated, counted by xmin, plus deleted), grouped:\n");
  console.log(table(["passes", "new msgs", "changed msgs", ...WATCHED], [...rows.entries()].map(([key, n]) => [String(n), ...key.split("|")])));
  summary(`bench:history on ${label}`, [
    `pass time p50/p95/max: ${ms(percentile(times, 50))}/${ms(percentile(times, 95))}/${ms(Math.max(...times))} (${passes.length} passes, one a second)`,
    `new messages per pass: ${[...new Set(passes.map((pass) => pass.newMessages))].sort((a, b) => a - b).join(", ")}; ${storing.length} passes stored ${count(storing.reduce((sum, pass) => sum + pass.newMessages, 0))} new messages`,
    `mirror rows written (messages + conversations) per pass with new messages: ${[...new Set(storing.map(mirror))].sort((a, b) => a - b).join(", ")}`,
    `rows written = new messages + 1 on every pass with new messages: ${verdict(literal.length === storing.length && storing.length > 0)} (${literal.length}/${storing.length})`,
    `message rows written = new + changed upstream, and at most the one conversation, on every pass: ${verdict(exact.length === passes.length)} (${exact.length}/${passes.length})`,
  ]);
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
