import { parentPort } from "node:worker_threads";
import { eld } from "eld/small";

/*
 * The customer-language detector's own thread (lib/sync/customer-language.ts talks to it).
 * eld's tables are about 50 MB of small objects: on the app's thread every full collection of
 * its heap marked them all (50 ms a collection where the rest of the heap took 4), and under
 * load those pauses (31-64 ms measured) held every poll of that moment. Here they sit in a heap
 * the app's collections never see. Loaded by path (lib/worker-source.ts): packages only; an ES
 * module, as eld is one.
 */

export type LanguageRequest = { id: number; text: string };
/** id 0: the tables are loaded and the thread answers. */
export type LanguageReply = { id: number; language: string | null } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error("language-worker.mts runs as a worker thread only.");
const reply = (message: LanguageReply) => port.postMessage(message);

port.on("message", ({ id, text }: LanguageRequest) => {
  try {
    const result = eld.detect(text);
    reply({ id, language: result.language && result.isReliable() ? result.language : null });
  } catch (error) {
    reply({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
reply({ id: 0, language: null });
