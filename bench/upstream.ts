import { startApp, type App } from "./lib/app";
import { getJson, pollInbox, postJson } from "./lib/client";
import { runPollers } from "./lib/pollers";
import { count, summary, table, verdict } from "./lib/report";

/*
 * bench:upstream: how many Afilnet calls the mirror makes while 1, 10 and 50 agents poll
 * the inbox, against the least the API allows and against a design where every poll asks
 * Afilnet itself. The sandbox counts the calls it receives.
 */

const CHANNELS = 4;
const CHATS = 500;
const AGENT_COUNTS = [1, 10, 50];
const PHASE_MS = 60_000;
const POLL_MS = 3_000;

interface SandboxStats {
  total: number;
  byMethod: Record<"getchatchannels" | "getchats" | "getmessages" | "getunreadmessages" | "sendmessage" | "sendfile", number>;
}

interface Phase {
  agents: number;
  polls: number;
  notModified: number;
  failed: number;
  perMinute: number;
  stats: SandboxStats;
  syncsPerMinute: number;
}

async function runPhase(app: App, agents: number): Promise<Phase> {
  await postJson(`${app.sandboxUrl}/_sandbox/stats/reset`);
  const started = performance.now();
  const tally = await runPollers({ baseUrl: app.baseUrl, cookie: app.cookie, count: agents, durationMs: PHASE_MS, everyMs: POLL_MS, conditional: true });
  const stats = await getJson<SandboxStats>(`${app.sandboxUrl}/_sandbox/stats`);
  const minutes = (performance.now() - started) / 60_000;
  return {
    agents,
    polls: tally.polls,
    notModified: tally.notModified,
    failed: tally.failed,
    perMinute: stats.total / minutes,
    stats,
    syncsPerMinute: stats.byMethod.getchats / CHANNELS / minutes,
  };
}

async function main(): Promise<void> {
  const app = await startApp({
    title: "bench:upstream",
    seed: `large:channels=${CHANNELS},chats=${CHATS},messages=20`,
    hardTimeoutMs: 7 * 60_000,
    importTimeoutMs: 3 * 60_000,
  });
  const phases: Phase[] = [];
  try {
    // One read ends the idle pace the import left behind; then one interval to settle.
    await pollInbox(app.baseUrl, app.cookie, null);
    await new Promise((resolve) => setTimeout(resolve, 2 * app.intervalMs));
    for (const agents of AGENT_COUNTS) {
      console.log(`phase: ${agents} agent(s) polling every ${POLL_MS / 1000} s for ${PHASE_MS / 1000} s ...`);
      phases.push(await runPhase(app, agents));
    }
  } finally {
    await app.stop();
  }

  const syncsPerMinute = 60_000 / app.intervalMs;
  const least = CHANNELS * syncsPerMinute;
  const naive = (agents: number) => agents * (60_000 / POLL_MS) * (CHANNELS + app.chats);
  console.log(`\nUpstream calls per minute (${CHANNELS} channels, ${count(app.chats)} chats, sync interval ${app.intervalMs / 1000} s).`);
  console.log(`Least the API allows: ${CHANNELS} channels x ${syncsPerMinute} syncs a minute = ${count(least)} getchats calls a minute.`);
  console.log(`Naive: every poll calls getchats per channel and getunreadmessages per chat (${CHANNELS} + ${count(app.chats)} calls a poll).\n`);
  console.log(
    table(
      ["agents", "polls", "304s", "failed", "calls/min", "getchats", "channels", "messages", "unread", "syncs/min", "/least", "/(ch x syncs)", "naive/min"],
      phases.map((p) => [
        String(p.agents),
        String(p.polls),
        String(p.notModified),
        String(p.failed),
        p.perMinute.toFixed(1),
        String(p.stats.byMethod.getchats),
        String(p.stats.byMethod.getchatchannels),
        String(p.stats.byMethod.getmessages),
        String(p.stats.byMethod.getunreadmessages),
        p.syncsPerMinute.toFixed(1),
        (p.perMinute / least).toFixed(2),
        (p.perMinute / (CHANNELS * p.syncsPerMinute)).toFixed(2),
        count(naive(p.agents)),
      ]),
    ),
  );

  const first = phases[0];
  const last = phases[phases.length - 1];
  if (!first || !last) throw new Error("no phase ran");
  const ratio = last.perMinute / first.perMinute;
  summary("bench:upstream", [
    ...phases.map((p) => `${String(p.agents).padStart(2)} agent(s): ${p.perMinute.toFixed(1)} upstream calls/min (naive design: ${count(naive(p.agents))})`),
    `ratio ${last.agents} agents / ${first.agents} agent: ${ratio.toFixed(2)} (target <= 1.10: ${verdict(ratio <= 1.1)})`,
    `at ${last.agents} agents the naive design would make ${count(naive(last.agents) / last.perMinute)} times as many calls`,
    `failed polls: ${phases.reduce((sum, p) => sum + p.failed, 0)}`,
  ]);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:upstream could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
