import "server-only";
import { takeQueueSample } from "./samples";
import { log } from "@/lib/log";
import { getDb } from "@/lib/db/instance";

const holder = globalThis as typeof globalThis & { __queueSampler?: { timer?: NodeJS.Timeout; stopped: boolean } };

/** Until the first import has brought channels there is nothing to sample: look again soon. */
const RETRY_MS = 5_000;

/**
 * Samples the queues every minute; with several instances, the first per minute wins. On a
 * fresh database it keeps trying every few seconds until the channels exist.
 */
export function ensureQueueSampler(): void {
  if (holder.__queueSampler) return;
  const state: { timer?: NodeJS.Timeout; stopped: boolean } = { stopped: false };
  holder.__queueSampler = state;
  let sampledOnce = false;
  const sample = async () => {
    try {
      const result = await takeQueueSample(await getDb(), new Date());
      sampledOnce ||= result.channels > 0;
    } catch (error) {
      log.warn({ event: "queue_sample_failed", err: error }, "queue sample failed");
    }
    if (state.stopped) return;
    state.timer = setTimeout(() => void sample(), sampledOnce ? msToNextMinute() : RETRY_MS);
    state.timer.unref?.();
  };
  state.timer = setTimeout(() => void sample(), 0);
}

/** A second into the next minute, so that each sample lands in its own minute. */
function msToNextMinute(): number {
  return 60_000 - (Date.now() % 60_000) + 1_000;
}

export function stopQueueSampler(): void {
  const state = holder.__queueSampler;
  if (!state) return;
  state.stopped = true;
  clearTimeout(state.timer);
  holder.__queueSampler = undefined;
}
