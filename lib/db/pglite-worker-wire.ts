/*
 * The messages between the app's thread and the worker thread that owns an embedded database
 * (lib/db/pglite-worker.ts). Plain data only: they cross threads by structured clone.
 */

/** What the worker is started with (`workerData`). */
export interface WorkerStart {
  /** Absolute folder, or undefined for an in-memory database. */
  dataDir?: string;
}

export type WorkerRequest =
  | {
      id: number;
      op: "query";
      sql: string;
      params: unknown[];
      rowMode?: "array" | "object";
      /** Types whose text the caller parses itself (drizzle keeps timestamps, dates and intervals as text). */
      rawTypes: number[];
      /** The transaction the statement belongs to; none: it waits for any open transaction to end. */
      tx?: number;
      /** Outside a transaction: runs before the statements of callers without it that wait (the sync's). */
      first?: boolean;
      /** Outside a transaction: the arrival of the request that sent it (lib/db/arrival.ts); lower runs first. */
      order: number;
    }
  | { id: number; op: "begin"; tx: number; first?: boolean; order: number }
  | { id: number; op: "end"; tx: number; commit: boolean }
  | { id: number; op: "close" };

/** A database error as data: its message and its string and number fields (code, detail, constraint...). */
export interface WireError {
  name: string;
  message: string;
  fields: Record<string, string | number | boolean>;
}

export type WorkerReply =
  | { id: number; ok: true; result?: unknown }
  | { id: number; ok: false; error: WireError }
  | { id: 0; op: "ready" }
  | { id: 0; op: "failed"; error: WireError };

export function toWireError(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error), fields: {} };
  const fields: WireError["fields"] = {};
  for (const [key, value] of Object.entries(error)) {
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") fields[key] = value;
  }
  return { name: error.name, message: error.message, fields };
}

export function fromWireError(wire: WireError): Error {
  const error = Object.assign(new Error(wire.message), wire.fields);
  error.name = wire.name;
  return error;
}
