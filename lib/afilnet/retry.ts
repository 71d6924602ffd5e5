import { AfilnetTransportError } from "./errors";

/*
 * Only reads are retried, and only when no usable answer arrived. A send whose answer was
 * lost may still have gone out, so repeating it is the caller's decision; an API error is
 * Afilnet's considered answer and repeats itself.
 */

export type CallKind = "read" | "send";

/** True when a transport fault may pass: a 4xx other than 408/429 will come back the same. */
export function isTransient(err: unknown): boolean {
  if (!(err instanceof AfilnetTransportError)) return false;
  if (err.kind !== "http") return true;
  const status = err.status ?? 0;
  return status >= 500 || status === 408 || status === 429;
}

/** Whether attempt number `attempt` (1-based) that failed with `err` is followed by another. */
export function shouldRetry(kind: CallKind, err: unknown, attempt: number, readRetries: number): boolean {
  return kind === "read" && attempt <= readRetries && isTransient(err);
}

const MAX_DELAY_MS = 30_000;

/**
 * The wait before retry number `retry` (1-based): the base doubled each time, capped, with
 * the upper half jittered so that many clients failing together do not retry in step.
 */
export function backoffMs(retry: number, baseMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, baseMs * 2 ** Math.max(0, retry - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
