import pino from "pino";
import { createAfilnetClient } from "../lib/afilnet";
import { createAgent } from "../lib/db/queries/agents";
import { listConversations } from "../lib/db/queries/conversations";
import { noteInboxRead, readSyncState } from "../lib/db/queries/sync-state";
import { startSyncLoop } from "../lib/sync/loop";
import { syncSettings } from "../lib/sync/settings";
import { openBenchDatabase } from "./lib/database";
import { machineLoad, ms, percentile, summary, table, verdict } from "./lib/report";
import { startBenchSandbox } from "./lib/sandbox";
import { SendAgents, type TrackedSend } from "./lib/send-agents";
import { countCopies, rotateFaults } from "./lib/send-faults";

/*
 * bench:sends, a bounded soak of the send path: 1,000 sends by 10 agents at once while 20%
 * of Afilnet's calls fail in mixed ways (500s, resets, hangs, malformed answers, answers lost
 * after the send, and sends carried out 3 to 12 s after the answer was lost). The sync runs
 * beside them; agents retry a send shown as not sent after a pause of 10 to 20 s. Then the
 * faults stop and the soak waits until every send is settled (or the limit). Prints lost,
 * doubled and unsettled sends (target: 0, 0, 0) and the time to settle.
 */

const SENDS = Number(process.env.BENCH_SENDS ?? 1_000);
const AGENTS = 10;
const TIMEOUT_MS = 2_000;
const DRAIN_LIMIT_MS = 4 * 60_000;
const quiet = pino({ level: "silent" });
const sleep = (time: number) => new Promise((resolve) => setTimeout(resolve, time));

async function main(): Promise<void> {
  console.log(`bench:sends: ${SENDS} sends, ${AGENTS} agents, Afilnet timeout ${TIMEOUT_MS / 1000} s, 20% mixed faults on every API call`);
  console.log(`machine at the start: ${machineLoad()}`);
  const sandbox = await startBenchSandbox(["--seed", "demo", "--customers", "20"]);
  const handle = await openBenchDatabase();
  const db = handle.db;
  const client = createAfilnetClient({ baseUrl: sandbox.apiUrl, user: sandbox.user, password: sandbox.password, auth: "post", timeoutMs: TIMEOUT_MS, readRetries: 0, logger: quiet });
  const settings = syncSettings({ intervalMs: 3_000, concurrency: 4, afilnetTimeoutMs: TIMEOUT_MS });
  const loop = startSyncLoop({ db, client, owner: "bench", settings, logger: quiet });
  const reading = setInterval(() => void noteInboxRead(db, new Date(), settings.idleAfterMs).catch(() => undefined), 1_000);
  try {
    while (!(await readSyncState(db)).firstImportDone) await sleep(200);
    const conversations = (await listConversations(db, { limit: 200 })).rows.map((row) => row.id);
    const agentId = (await createAgent(db, { email: "soak@bench.local", displayName: "Soak", passwordHash: "x", role: "agent" })).id;
    const agents = new SendAgents(() => ({ db, client, logger: quiet }), agentId, [10_000, 20_000]);
    console.log(`database: ${handle.label}; ${conversations.length} conversations; sync every ${settings.intervalMs / 1000} s, answer window ${settings.answerWindowMs / 1000} s`);

    const started = performance.now();
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        await agents.watch();
        await sleep(250);
      }
    })();
    const faults = rotateFaults(sandbox);
    await agents.submit(SENDS, conversations, AGENTS, (done) => done % 250 === 0 && console.log(`  ${done} sent in ${ms(performance.now() - started)}`));
    await faults.stop();
    const soakMs = performance.now() - started;
    console.log(`faults stopped after ${ms(soakMs)} (${faults.phases()} fault phases); waiting for every send to settle ...`);
    const drainStarted = performance.now();
    while (agents.unsettled().length > 0 && performance.now() - drainStarted < DRAIN_LIMIT_MS) await sleep(500);
    watching = false;
    await watcher;
    await sleep(13_000); // the latest late delivery (12 s) has had time to land: copies are final
    report(agents, await countCopies(sandbox), started);
  } finally {
    clearInterval(reading);
    await loop.stop();
    await handle.close();
    await sandbox.stop();
  }
}

function report(agents: SendAgents, copies: Map<string, number>, started: number): void {
  const sends = [...agents.sends.values()];
  const lost = sends.filter((send) => (copies.get(send.text) ?? 0) === 0).length;
  const doubled = sends.filter((send) => (copies.get(send.text) ?? 0) > 1).length;
  const unsettled = agents.unsettled().length;
  const settleOf = (list: TrackedSend[]) => list.flatMap((send) => (send.settledAt === undefined ? [] : [send.settledAt - send.submittedAt]));
  const settle = settleOf(sends);
  const [p50, p95, max] = [percentile(settle, 50), percentile(settle, 95), Math.max(...settle)];
  // Without the agents' pause before a retry: what the send path and the sync take by themselves.
  const unaided = settleOf(sends.filter((send) => send.retries === 0));
  console.log(`\nAfter ${ms(performance.now() - started)}:\n`);
  console.log(
    table(
      ["sends", "lost", "doubled", "unsettled", "retried", "delivered late", "warned twice", "errors", "settle p50", "settle p95", "settle max"],
      [[sends.length, lost, doubled, unsettled, sends.filter((s) => s.retries > 0).length, sends.filter((s) => s.deliveredLate).length, sends.filter((s) => s.warnedTwice).length, agents.errors, ms(p50), ms(p95), ms(max)].map(String)],
    ),
  );
  summary("bench:sends", [
    `lost ${lost}, doubled ${doubled}, unsettled ${unsettled} of ${sends.length} (target 0, 0, 0): ${verdict(lost + doubled + unsettled === 0)}`,
    `settle time p50 ${ms(p50)}, p95 ${ms(p95)}, max ${ms(max)} (from the send to the agent seeing it sent)`,
    `settle time of the ${unaided.length} sends never retried: p50 ${ms(percentile(unaided, 50))}, p95 ${ms(percentile(unaided, 95))}, max ${ms(Math.max(...unaided))}`,
  ]);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:sends could not run: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(2);
  },
);
