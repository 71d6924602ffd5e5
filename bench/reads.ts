import { seconds, startApp, type App } from "./lib/app";
import { createServerDatabase } from "./lib/database";
import { runMixedLoad, type MixedFigures } from "./lib/mixed-load";
import { count, ms, percentile, summary, table, verdict } from "./lib/report";
import { staticReads, type StaticFigures } from "./lib/static-reads";

/*
 * bench:reads: `/api/inbox` over a mirror of 10,000 conversations. First one query asked
 * alone, by 50 staggered pollers and by bursts (full and unchanged answers); then the mixed
 * load of a busy team for 60 s: 50 agents on distinct views polling every 3 s as the browser
 * does (ETag and `since`: full, delta or unchanged answers), customers writing 2 messages a
 * second, and `/api/health` probed beside them; then the app is restarted on the same mirror
 * and the same load starts as soon as it answers (a deploy in the working day: every question
 * is new to the server). On the embedded database, and on Postgres too when
 * BENCH_DATABASE_URL names a server.
 */

const SEED = "large:channels=8,chats=10000,messages=20";
const TARGET_P95_MS = 50;
const TARGET_HEALTH_P95_MS = 20;
const MIXED = { agents: 50, everyMs: 3_000, durationMs: 60_000, inboundPerSecond: 2 };

interface Measured {
  label: string;
  app: App;
  reads: StaticFigures;
  mixed: MixedFigures;
  /** The same load at once after a restart on the same mirror: every question is new to the server. */
  restarted: MixedFigures;
  restartMs: number;
}

const times = (samples: { ms: number }[]) => samples.map((sample) => sample.ms);
const p = (values: number[], rank: number) => ms(percentile(values, rank));
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

async function measure(label: string, databaseUrl?: string): Promise<Measured> {
  const app = await startApp({ title: `bench:reads on ${label}`, seed: SEED, hardTimeoutMs: 25 * 60_000, importTimeoutMs: 15 * 60_000, databaseUrl });
  try {
    const reads = await staticReads(app);
    console.log(`mixed load: ${MIXED.agents} agents on distinct views every ${MIXED.everyMs / 1000} s with ETags and since, customers writing ${MIXED.inboundPerSecond}/s, ${MIXED.durationMs / 1000} s ...`);
    const mixed = await runMixedLoad(app, MIXED);
    console.log("restarting the app on the same mirror, as a deploy does; the agents poll again as soon as it answers ...");
    const restartMs = await app.restart();
    const restarted = await runMixedLoad(app, MIXED);
    return { label, app, reads, mixed, restarted, restartMs };
  } finally {
    await app.stop();
  }
}

const bytes = (samples: MixedFigures["full"]) => `${count(mean(samples.map((s) => s.bodyBytes + s.headerBytes)))} B`;

function mixedTable(title: string, mixed: MixedFigures): void {
  console.log(`\n${title} (${MIXED.agents} distinct views, ${mixed.written} customer messages in ${MIXED.durationMs / 1000} s):\n`);
  console.log(
    table(
      ["answers", "count", "p50", "p95", "p99", "mean size"],
      [
        ["full (200)", String(mixed.full.length), p(times(mixed.full), 50), p(times(mixed.full), 95), p(times(mixed.full), 99), bytes(mixed.full)],
        ["delta (200, since)", String(mixed.delta.length), p(times(mixed.delta), 50), p(times(mixed.delta), 95), p(times(mixed.delta), 99), bytes(mixed.delta)],
        ["unchanged (304)", String(mixed.unchanged.length), p(times(mixed.unchanged), 50), p(times(mixed.unchanged), 95), p(times(mixed.unchanged), 99), bytes(mixed.unchanged)],
        ["/api/health", String(mixed.health.length), p(mixed.health, 50), p(mixed.health, 95), p(mixed.health, 99), ""],
        ["freshness (inbound to visible)", `${mixed.freshness.length}/${mixed.written}`, p(mixed.freshness, 50), p(mixed.freshness, 95), p(mixed.freshness, 99), ""],
      ],
    ),
  );
  if (mixed.failed || mixed.healthFailed) console.log(`failed: ${mixed.failed} polls, ${mixed.healthFailed} health checks`);
}

/** The summary's lines of one mixed load, with the targets met or not. */
function mixedLines(label: string, mixed: MixedFigures, intervalMs: number): string[] {
  const p95 = (values: number[]) => percentile(values, 95);
  const answers = [mixed.full, mixed.delta, mixed.unchanged].map((samples) => p95(times(samples)));
  const inboxMet = answers.every((value) => value < TARGET_P95_MS);
  const figures = (samples: MixedFigures["full"]) => `${p(times(samples), 50)}/${p(times(samples), 95)}/${p(times(samples), 99)}`;
  return [
    `${label}: full p50/p95/p99 ${figures(mixed.full)}, delta ${figures(mixed.delta)}, unchanged ${figures(mixed.unchanged)} (inbox p95 < ${TARGET_P95_MS} ms: ${verdict(inboxMet)})`,
    `${label}: /api/health p95 ${p(mixed.health, 95)} (< ${TARGET_HEALTH_P95_MS} ms: ${verdict(p95(mixed.health) < TARGET_HEALTH_P95_MS)}), freshness p95 ${p(mixed.freshness, 95)} (< ${ms(intervalMs + 1_000)}: ${verdict(p95(mixed.freshness) < intervalMs + 1_000)}), full answer ${bytes(mixed.full)}, delta ${bytes(mixed.delta)}, unchanged ${bytes(mixed.unchanged)}`,
  ];
}

function report({ label, app, reads, mixed, restarted, restartMs }: Measured): string[] {
  console.log(`\n== ${label}: /api/inbox over ${count(app.chats)} conversations (8 channels) ==\n`);
  console.log("One query (all channels, limit 50):\n");
  console.log(
    table(
      ["polls", "answers", "p50", "p95", "max"],
      reads.rows.map((row) => [row.label, String(row.samples.length), p(times(row.samples), 50), p(times(row.samples), 95), ms(Math.max(...times(row.samples)))]),
    ),
  );
  const requestBytes = app.cookie.length + 120; // cookie, If-None-Match, host and the usual headers
  console.log(`\nfull answer: ${count(reads.full?.bodyBytes ?? 0)} bytes of body (decoded JSON) + about ${reads.full?.headerBytes ?? 0} bytes of headers`);
  console.log(`unchanged poll: ${reads.unchanged?.bodyBytes ?? 0} bytes of body + about ${reads.unchanged?.headerBytes ?? 0} bytes of headers (answer ${reads.unchanged?.status}); the request carries about ${requestBytes} bytes, mostly the session cookie`);
  mixedTable("Mixed load", mixed);
  mixedTable(`Mixed load at once after a restart (healthy ${seconds(restartMs)} after the stop)`, restarted);

  const staggered = (prefix: string) => percentile(times(reads.rows.find((r) => r.label.startsWith(prefix))?.samples ?? []), 95);
  const [fullP95, unchangedP95] = [staggered("full answers (200), staggered"), staggered("unchanged polls (304), staggered")];
  return [
    `${label}: first import of ${count(app.chats)} chats: ${seconds(app.importMs)}`,
    `${label}: one query, staggered: full p95 ${ms(fullP95)}, unchanged p95 ${ms(unchangedP95)} (target < ${TARGET_P95_MS} ms: ${verdict(fullP95 < TARGET_P95_MS)}/${verdict(unchangedP95 < TARGET_P95_MS)})`,
    ...mixedLines(`${label}: mixed load`, mixed, app.intervalMs),
    ...mixedLines(`${label}: after a restart`, restarted, app.intervalMs),
  ];
}

async function main(): Promise<void> {
  const lines: string[] = [];
  lines.push(...report(await measure("PGlite (embedded, worker thread)")));
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (serverUrl) {
    const database = await createServerDatabase(serverUrl);
    try {
      lines.push(...report(await measure("Postgres", database.url)));
    } finally {
      await database.drop();
    }
  } else {
    console.log("\n(BENCH_DATABASE_URL unset: Postgres not measured)");
  }
  summary("bench:reads", lines);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:reads could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
