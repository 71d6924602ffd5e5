import type { Logger } from "@/lib/log";

/*
 * One structured line per API call, retries included, at debug. Only the fields named here
 * are logged: never the parameters, the credentials or the request headers.
 */

export type CallOutcome = "ok" | "api_error" | "timeout" | "network" | "http" | "malformed" | "refused";

export interface CallRecord {
  method: string;
  platform?: string | undefined;
  started: number;
  outcome: CallOutcome;
  code?: string | undefined;
  status?: number | undefined;
  attempts: number;
}

export function logCall(logger: Logger, record: CallRecord): void {
  const line: Record<string, string | number> = {
    event: "afilnet_call",
    method: record.method,
    durationMs: Date.now() - record.started,
    outcome: record.outcome,
    attempts: record.attempts,
  };
  if (record.platform !== undefined) line.platform = record.platform;
  if (record.code !== undefined) line.code = record.code;
  if (record.status !== undefined) line.status = record.status;
  // Per-call lines are for debugging: a sync makes one call per channel every few seconds. What
  // a failure meant is said once, at info or above, by the sync or the send that made the call.
  logger.debug(line, record.outcome === "ok" ? "afilnet call" : "afilnet call failed");
}
