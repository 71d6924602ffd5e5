import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

/*
 * A worker thread run from a TypeScript file of the source tree (`file`, from the project's
 * folder). Next bundles the app, and a worker needs a file on disk: it is loaded by path at
 * run time, never bundled, and compiled by tsx (a dependency, as it compiles the server script
 * itself), so it imports only packages and type-only siblings.
 */
export function startSourceWorker(file: string, options: Omit<WorkerOptions, "eval"> = {}): Worker {
  const absolute = path.join(process.cwd(), file);
  const load = `import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(absolute)}, ${JSON.stringify(pathToFileURL(absolute).href)}))`;
  return new Worker(load, { ...options, eval: true });
}

type Waiting = { resolve(result: unknown): void; reject(error: Error): void };

/**
 * The calls made to a worker, by id, until it answers them. Started, the worker keeps the
 * process alive only while it owes an answer (as a pool's idle connections do not).
 */
export function workerCalls(worker: Worker) {
  const pending = new Map<number, Waiting>();
  let nextId = 1;
  const releaseWhenIdle = () => {
    if (pending.size === 0) worker.unref();
  };
  return {
    /** Posts `message(id)`; resolves or rejects with what `settle` is given for that id. */
    send(message: (id: number) => unknown): Promise<unknown> {
      const id = nextId++;
      if (pending.size === 0) worker.ref();
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage(message(id));
      });
    },
    settle(id: number, answer: { result: unknown } | { error: Error }): void {
      const call = pending.get(id);
      pending.delete(id);
      releaseWhenIdle();
      if ("error" in answer) call?.reject(answer.error);
      else call?.resolve(answer.result);
    },
    /** The worker answers from now on: idle, it no longer holds the process. */
    started: releaseWhenIdle,
    /** The thread stopped: every call still waiting fails with `error`. */
    failAll(error: Error): void {
      for (const call of pending.values()) call.reject(error);
      pending.clear();
    },
  };
}
