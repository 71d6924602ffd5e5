import { startSourceWorker, workerCalls } from "@/lib/worker-source";
import { arrivalOrder } from "./arrival";
import { fromWireError, type WorkerReply, type WorkerRequest, type WorkerStart } from "./pglite-worker-wire";

/*
 * The app's side of the embedded database's worker thread (lib/db/pglite-worker.ts): an object
 * shaped like the part of PGlite that drizzle's PGlite driver uses (`query`, `transaction`),
 * each call a message to the worker. Drizzle, the migrator and every query stay as they are.
 */

type QueryOptions = { rowMode?: "array" | "object"; parsers?: Record<number, (value: string, type: number) => unknown> };
type Field = { name: string; dataTypeID: number };
type Results = { rows: unknown[]; fields: Field[]; affectedRows?: number };
type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

export interface WorkerTransaction {
  query(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results>;
}

export interface PgliteWorkerLane extends WorkerTransaction {
  transaction<T>(callback: (tx: WorkerTransaction) => Promise<T>): Promise<T>;
}

export interface PgliteWorkerClient extends PgliteWorkerLane {
  /** The same database, its statements and transactions taken before the others that wait (the sync's). */
  firstLane: PgliteWorkerLane;
  close(): Promise<void>;
}


/** The caller's parsers (drizzle's keep dates and intervals as text) applied here: functions cannot cross threads. */
function parse(results: Results, parsers: QueryOptions["parsers"], rowMode: QueryOptions["rowMode"]): Results {
  if (!parsers) return results;
  const fields = results.fields
    .map((field, index) => ({ key: rowMode === "array" ? index : field.name, type: field.dataTypeID, parser: parsers[field.dataTypeID] }))
    .filter((field) => field.parser);
  if (fields.length === 0) return results;
  for (const row of results.rows as Record<string | number, unknown>[]) {
    for (const { key, type, parser } of fields) if (typeof row[key] === "string") row[key] = parser!(row[key] as string, type);
  }
  return results;
}

/** Starts the worker on `dataDir` (undefined: in memory) and resolves once its database is ready. */
export async function startPgliteWorker(dataDir: string | undefined, onExit: (code: number) => void): Promise<PgliteWorkerClient> {
  const start: WorkerStart = { dataDir };
  // Loaded from the source tree like the migrations.
  const worker = startSourceWorker("lib/db/pglite-worker.ts", { workerData: start });
  const calls = workerCalls(worker);
  let nextTx = 1;
  let stopped: Error | undefined;

  const ready = new Promise<void>((resolve, reject) => {
    worker.on("message", (message: WorkerReply) => {
      if ("op" in message) return message.op === "ready" ? resolve() : reject(fromWireError(message.error));
      calls.settle(message.id, message.ok ? { result: message.result } : { error: fromWireError(message.error) });
    });
    worker.on("error", (error) => {
      stopped = error;
      reject(error);
    });
    worker.on("exit", (code) => {
      stopped ??= new Error(`The embedded database's worker thread stopped (exit code ${code}).`);
      reject(stopped);
      calls.failAll(stopped);
      onExit(code);
    });
  });

  const send = (request: Request): Promise<unknown> => {
    if (stopped) return Promise.reject(stopped);
    return calls.send((id) => ({ ...request, id }) as WorkerRequest);
  };

  const query = (tx: number | undefined, first?: boolean) => async (sql: string, params: unknown[] = [], options: QueryOptions = {}) => {
    const rawTypes = Object.keys(options.parsers ?? {}).map(Number);
    const results = (await send({ op: "query", sql, params, rowMode: options.rowMode, rawTypes, tx, first, order: arrivalOrder() })) as Results;
    return parse(results, options.parsers, options.rowMode);
  };

  const lane = (first?: boolean): PgliteWorkerLane => ({
    query: query(undefined, first),
    async transaction(callback) {
      const tx = nextTx++;
      await send({ op: "begin", tx, first, order: arrivalOrder() });
      let result;
      try {
        result = await callback({ query: query(tx) });
      } catch (error) {
        // The caller's error is the one to see; a worker that cannot roll back has stopped anyway.
        await send({ op: "end", tx, commit: false }).catch(() => undefined);
        throw error;
      }
      await send({ op: "end", tx, commit: true });
      return result;
    },
  });

  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  await ready.catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });
  // Idle, the worker does not keep the process alive; a statement in flight does.
  calls.started();

  return {
    ...lane(),
    firstLane: lane(true),
    async close() {
      if (!stopped) await send({ op: "close" });
      // The worker ends on its own once closed; one stuck past this is ended by force.
      const forced = setTimeout(() => void worker.terminate(), 5_000);
      await exited;
      clearTimeout(forced);
    },
  };
}
