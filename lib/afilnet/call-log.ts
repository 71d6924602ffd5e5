import type { Logger } from "@/lib/log";

/*
 * One structured line per API call, retries included. Only the fields named here are
 * logged: never the parameters, the credentials or the request headers.
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
  if (record.outcome === "ok") logger.info(line, "afilnet call");
  else logger.warn(line, "afilnet call failed");
}
