import { seconds, type App } from "./app";
import { pollInbox, type PollResult } from "./client";
import { runPollers } from "./pollers";

/*
 * The single-question figures of bench:reads: one `/api/inbox` query (all channels, limit 50)
 * asked one at a time, by staggered pollers, and by bursts of simultaneous polls.
 */

const POLLERS = 50;
const POLL_MS = 3_000;
const PHASE_MS = 15_000;
const BURST_ROUNDS = 3;
const SETTLE_LIMIT_MS = 60_000;
const SEQUENTIAL = 40;

export interface Row {
  label: string;
  samples: PollResult[];
}

export interface StaticFigures {
  rows: Row[];
  full?: PollResult;
  unchanged?: PollResult;
}

/** Every agent sends its poll at the same instant: the worst alignment of 50 browsers' timers. */
async function burst(app: App, etag: string | null): Promise<PollResult[]> {
  const results: PollResult[] = [];
  for (let round = 0; round < BURST_ROUNDS; round++) {
    results.push(...(await Promise.all(Array.from({ length: POLLERS }, () => pollInbox(app.baseUrl, app.cookie, etag)))));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  return results;
}

/**
 * Waits until the mirror stops changing: the pass after the import updates the status of the
 * chats the import read (reading a chat marks it read upstream). Steady state is what is measured.
 */
export async function settle(app: App): Promise<void> {
  const started = performance.now();
  let etag: string | null = null;
  let quietSince = performance.now();
  while (performance.now() - started < SETTLE_LIMIT_MS) {
    const result = await pollInbox(app.baseUrl, app.cookie, etag);
    if (result.status !== 304) quietSince = performance.now();
    etag = result.etag ?? etag;
    if (performance.now() - quietSince >= 3 * app.intervalMs) {
      console.log(`mirror settled ${seconds(quietSince - started)} after the first read (no change for three sync intervals since)`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.log(`note: the mirror was still changing ${seconds(SETTLE_LIMIT_MS)} after the first read; measuring anyway`);
}

export async function staticReads(app: App): Promise<StaticFigures> {
  const rows: Row[] = [];
  // Warm-up: the first calls load the route's code and fill the database's caches.
  let full: PollResult | undefined;
  for (let i = 0; i < 5; i++) full = await pollInbox(app.baseUrl, app.cookie, null);
  await settle(app);

  // One request at a time: what a poll costs with no queue in front of it.
  const alone = async (etag: string | null) => {
    const results: PollResult[] = [];
    for (let i = 0; i < SEQUENTIAL; i++) results.push(await pollInbox(app.baseUrl, app.cookie, etag));
    return results;
  };
  rows.push({ label: "full answers (200), one at a time", samples: (await alone(null)).filter((r) => r.status === 200) });
  const quietEtag = (await pollInbox(app.baseUrl, app.cookie, null)).etag;
  rows.push({ label: "unchanged polls (304), one at a time", samples: (await alone(quietEtag)).filter((r) => r.status === 304) });

  console.log(`${POLLERS} pollers, each every ${POLL_MS / 1000} s at a random offset, ${PHASE_MS / 1000} s without If-None-Match ...`);
  const fullPolls: PollResult[] = [];
  await runPollers({ baseUrl: app.baseUrl, cookie: app.cookie, count: POLLERS, durationMs: PHASE_MS, everyMs: POLL_MS, conditional: false }, (r) => fullPolls.push(r));
  rows.push({ label: "full answers (200), staggered", samples: fullPolls.filter((r) => r.status === 200) });

  console.log(`... then ${PHASE_MS / 1000} s with If-None-Match, as the browser polls ...`);
  const conditional: PollResult[] = [];
  await runPollers({ baseUrl: app.baseUrl, cookie: app.cookie, count: POLLERS, durationMs: PHASE_MS, everyMs: POLL_MS, conditional: true }, (r, sent) => {
    if (sent) conditional.push(r);
  });
  rows.push({ label: "unchanged polls (304), staggered", samples: conditional.filter((r) => r.status === 304) });

  console.log(`... then ${BURST_ROUNDS} bursts of ${POLLERS} simultaneous polls, each way.`);
  rows.push({ label: `full answers (200), ${POLLERS} at once`, samples: (await burst(app, null)).filter((r) => r.status === 200) });
  const etag = (await pollInbox(app.baseUrl, app.cookie, null)).etag;
  rows.push({ label: `unchanged polls (304), ${POLLERS} at once`, samples: (await burst(app, etag)).filter((r) => r.status === 304) });
  const unchanged = await pollInbox(app.baseUrl, app.cookie, (await pollInbox(app.baseUrl, app.cookie, null)).etag);
  const failed = [...fullPolls, ...conditional].filter((r) => r.status !== 200 && r.status !== 304).length;
  if (failed > 0) console.log(`${failed} polls failed or answered neither 200 nor 304`);
  if (unchanged.status !== 304) console.log(`note: a poll with the current ETag answered ${unchanged.status}, not 304 (the mirror changed meanwhile?)`);
  return { rows, full, unchanged };
}
