import { pollInbox, type PollResult } from "./client";

export interface PollerOptions {
  baseUrl: string;
  cookie: string;
  count: number;
  durationMs: number;
  everyMs: number;
  /** Keep the last ETag and send it as If-None-Match, as the browser does. */
  conditional: boolean;
}

export interface PollTally {
  polls: number;
  ok: number;
  notModified: number;
  failed: number;
  bytes: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Simulated agents, each polling `/api/inbox` on a fixed cadence. They start at random
 * offsets within one period, as independent browsers would, rather than all at once.
 */
export async function runPollers(options: PollerOptions, record?: (result: PollResult, sentEtag: boolean) => void): Promise<PollTally> {
  const tally: PollTally = { polls: 0, ok: 0, notModified: 0, failed: 0, bytes: 0 };
  const deadline = performance.now() + options.durationMs;
  const agent = async () => {
    let etag: string | null = null;
    let next = performance.now() + Math.random() * options.everyMs;
    await sleep(next - performance.now());
    while (next < deadline) {
      const sent = options.conditional ? etag : null;
      const result = await pollInbox(options.baseUrl, options.cookie, sent);
      tally.polls += 1;
      tally.bytes += result.bodyBytes + result.headerBytes;
      if (result.status === 200) tally.ok += 1;
      else if (result.status === 304) tally.notModified += 1;
      else tally.failed += 1;
      if (result.etag) etag = result.etag;
      record?.(result, sent !== null);
      // A fixed cadence, like setInterval: a slow answer does not push the next poll back.
      next += options.everyMs;
      await sleep(next - performance.now());
    }
  };
  await Promise.all(Array.from({ length: options.count }, agent));
  return tally;
}
