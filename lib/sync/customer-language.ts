import { startSourceWorker, workerCalls } from "@/lib/worker-source";
import type { LanguageReply, LanguageRequest } from "./language-worker.mjs";

/** How much of the customer's latest writing is enough to tell a language, and bounded in cost. */
const RECENT_MESSAGES = 10;
const MAX_CHARS = 2_000;

interface Detector {
  detect(text: string): Promise<string | null>;
}

// One detector thread per process (on globalThis: start-up code and routes may be bundled
// apart); one that failed to start or stopped is started again by the next caller.
const holder = globalThis as typeof globalThis & { __languageDetector?: Promise<Detector> };
const detector = () => (holder.__languageDetector ??= startDetector());

/** eld in a thread of its own (language-worker.mts says why), answering one text per message. */
function startDetector(): Promise<Detector> {
  const worker = startSourceWorker("lib/sync/language-worker.mts");
  const calls = workerCalls(worker);
  const detect = (text: string) => calls.send((id) => ({ id, text }) satisfies LanguageRequest) as Promise<string | null>;
  const started: Promise<Detector> = new Promise((resolve, reject) => {
    const stop = (error: Error) => {
      if (holder.__languageDetector === started) holder.__languageDetector = undefined;
      reject(error);
      calls.failAll(error);
    };
    worker.on("error", stop);
    worker.on("exit", (code) => stop(new Error(`The language detector's thread stopped (exit code ${code}).`)));
    worker.on("message", (reply: LanguageReply) => {
      if (reply.id === 0) {
        calls.started();
        return resolve({ detect });
      }
      calls.settle(reply.id, "error" in reply ? { error: new Error(reply.error) } : { result: reply.language });
    });
  });
  return started;
}

/**
 * Starts the detector now rather than for the first chat stored: loading its tables takes
 * 350-450 ms, and a server that had just restarted would tell its first customer's language
 * that much later.
 */
export async function prepareLanguageDetector(): Promise<void> {
  await detector();
}

/**
 * The language a customer writes in (ISO 639-1, e.g. "es"), from their latest inbound texts
 * taken together: one "hola" says little, ten messages say a lot. Null when the detector is not
 * sure, so that nobody acts on a guess (canned replies fall back to the agent's language).
 */
export async function detectCustomerLanguage(messages: readonly { direction: "in" | "out"; text: string }[]): Promise<string | null> {
  const inbound: string[] = [];
  for (let i = messages.length - 1; i >= 0 && inbound.length < RECENT_MESSAGES; i--) {
    const message = messages[i] as { direction: "in" | "out"; text: string };
    if (message.direction === "in" && message.text.trim()) inbound.push(message.text);
  }
  const text = inbound.reverse().join("\n").slice(-MAX_CHARS);
  if (!text) return null;
  return (await detector()).detect(text);
}
