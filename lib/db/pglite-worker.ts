/*
 * The worker thread that owns the embedded database. PGlite runs Postgres (WASM) on the
 * thread that opens it, and while a statement runs that thread does nothing else: here it is
 * this worker's thread, so the app's thread keeps answering requests. The app talks to it
 * through lib/db/pglite-worker-client.ts; this file is loaded by path at run time (never
 * bundled), so it imports only packages and its sibling message types.
 */
import { parentPort, workerData } from "node:worker_threads";
import { PGlite, type Transaction } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { toWireError, type WorkerReply, type WorkerRequest, type WorkerStart } from "./pglite-worker-wire";

const port = parentPort;
if (!port) throw new Error("pglite-worker.ts runs as a worker thread only.");
const start = workerData as WorkerStart;
const reply = (message: WorkerReply) => port.postMessage(message);

/** An open transaction: its PGlite handle, and how to end it. */
interface OpenTransaction {
  tx: Transaction;
  end(commit: boolean): void;
  done: Promise<void>;
}

const transactions = new Map<number, OpenTransaction>();
const keepText = (value: string) => value;

async function runQuery(db: PGlite, request: Extract<WorkerRequest, { op: "query" }>): Promise<unknown> {
  const parsers = Object.fromEntries(request.rawTypes.map((type) => [type, keepText]));
  const options = { rowMode: request.rowMode, parsers };
  if (request.tx === undefined) return db.query(request.sql, request.params, options);
  const open = transactions.get(request.tx);
  if (!open) throw new Error(`The transaction ${request.tx} is not open.`);
  return open.tx.query(request.sql, request.params, options);
}

/**
 * Opens a transaction with PGlite's own `transaction`, which holds PGlite's lock until it ends:
 * statements sent outside it wait, as they do when PGlite runs in the app's thread.
 */
function begin(db: PGlite, id: number, txId: number): Promise<void> {
  let begun = false;
  let started!: () => void;
  const opened = new Promise<void>((resolve) => (started = resolve));
  let end!: (commit: boolean) => void;
  const ended = new Promise<boolean>((resolve) => (end = resolve));
  const done = db
    .transaction(async (tx) => {
      transactions.set(txId, { tx, end, done });
      begun = true;
      started();
      reply({ id, ok: true });
      if (!(await ended)) await tx.rollback();
    })
    .finally(() => transactions.delete(txId));
  done.catch((error: unknown) => {
    if (!begun) reply({ id, ok: false, error: toWireError(error) });
  });
  // Waiting for the start only: a transaction that failed to open has answered already.
  return Promise.race([opened, done.then(() => undefined, () => undefined)]);
}

/*
 * What waits outside transactions, taken one at a time, the two lanes in turn: the work
 * marked `first` (the sync's, whose passes hold what every agent waits to see) and the
 * readers' polls. PGlite alone would take them strictly in arrival order, so a pass's fifty
 * short statements each waited behind every poll that came before it; with the sync's lane
 * always first, its chats stored four at a time kept that lane full for a whole pass (100-150
 * ms of statements every 3 s while customers write), and a poll that came then waited for all
 * of it. In turn, each waits for at most one statement of the other lane. The sync's lane
 * runs in the order its statements came; the readers' by the arrival of the request that sent
 * each (lib/db/arrival.ts), so an earlier request's next statement goes before a later
 * request's first and a burst of polls is answered one by one rather than all at the end.
 * Statements inside an open transaction do not wait here: they run as they come, under the
 * transaction's lock.
 */
interface Waiting {
  order: number;
  job: () => Promise<unknown>;
}
const lanes: { first: Waiting[]; rest: Waiting[] } = { first: [], rest: [] };
let pumping = false;

function enqueue(request: { first?: boolean; order: number }, job: () => Promise<unknown>): void {
  const lane = request.first ? lanes.first : lanes.rest;
  // After every job of the same or an earlier order: a request's own statements keep their order.
  let at = lane.length;
  if (!request.first) while (at > 0 && lane[at - 1]!.order > request.order) at--;
  lane.splice(at, 0, { order: request.order, job });
  if (!pumping) void pump();
}

/** One turn of this thread's event loop: the messages that came meanwhile are queued before the next pick. */
const messagesIn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The next job: the sync's lane first, unless its last job was the sync's and a reader waits. */
function nextJob(lastWasFirst: boolean): { job: Waiting; first: boolean } | undefined {
  const reader = lastWasFirst ? lanes.rest.shift() : undefined;
  if (reader) return { job: reader, first: false };
  const sync = lanes.first.shift();
  if (sync) return { job: sync, first: true };
  const rest = lanes.rest.shift();
  return rest && { job: rest, first: false };
}

async function pump(): Promise<void> {
  pumping = true;
  for (let next = nextJob(false); next; next = nextJob(next.first)) {
    await next.job.job().catch(() => undefined);
    // A statement ends within microtasks; without this turn the lanes would drain before any
    // message that arrived during them (the sync's, a request's next statement) was queued.
    await messagesIn();
  }
  pumping = false;
}

async function finish(txId: number, commit: boolean): Promise<void> {
  const open = transactions.get(txId);
  if (!open) throw new Error(`The transaction ${txId} is not open.`);
  open.end(commit);
  await open.done;
}

async function main(): Promise<void> {
  let db: PGlite;
  try {
    const extensions = { unaccent, pg_trgm };
    db = start.dataDir ? new PGlite(start.dataDir, { extensions }) : new PGlite({ extensions });
    await db.waitReady;
  } catch (error) {
    reply({ id: 0, op: "failed", error: toWireError(error) });
    port!.close();
    return;
  }
  const answer = (request: WorkerRequest, work: Promise<unknown>) =>
    work.then(
      (result) => {
        reply({ id: request.id, ok: true, result: request.op === "query" ? result : undefined });
        // Closed: nothing is left to answer, and the thread ends once its port is closed.
        if (request.op === "close") port!.close();
      },
      (error: unknown) => reply({ id: request.id, ok: false, error: toWireError(error) }),
    );
  port!.on("message", (request: WorkerRequest) => {
    if (request.op === "begin") return enqueue(request, () => begin(db, request.id, request.tx));
    if (request.op === "query" && request.tx === undefined) return enqueue(request, () => answer(request, runQuery(db, request)));
    void answer(request, request.op === "query" ? runQuery(db, request) : request.op === "end" ? finish(request.tx, request.commit) : db.close());
  });
  reply({ id: 0, op: "ready" });
}

void main();
