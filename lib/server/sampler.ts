import "server-only";
import { takeQueueSample } from "@/lib/inbox/samples";
import { log } from "@/lib/log";
import { getDb } from "./db";

const holder = globalThis as typeof globalThis & { __queueSampler?: NodeJS.Timeout };

/** Samples the queues every minute; with several instances, the first per minute wins. */
export function ensureQueueSampler(): void {
  if (holder.__queueSampler) return;
  const sample = () => {
    getDb()
      .then((db) => takeQueueSample(db, new Date()))
      .catch((error: unknown) => log.warn({ event: "queue_sample_failed", err: error }, "queue sample failed"));
  };
  sample();
  holder.__queueSampler = setInterval(sample, 60_000);
  holder.__queueSampler.unref?.();
}

export function stopQueueSampler(): void {
  if (holder.__queueSampler) clearInterval(holder.__queueSampler);
  holder.__queueSampler = undefined;
}
