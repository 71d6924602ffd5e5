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
