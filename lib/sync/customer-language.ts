/** How much of the customer's latest writing is enough to tell a language, and bounded in cost. */
const RECENT_MESSAGES = 10;
const MAX_CHARS = 2_000;

// eld ships as ES modules only, and its tables weigh megabytes: loaded once per process (on
// globalThis: start-up code and routes may be bundled apart), with import() so that CommonJS
// callers (scripts run by tsx) load it too; a failed load is tried again by the next caller.
const holder = globalThis as typeof globalThis & { __languageDetector?: Promise<typeof import("eld/small").eld> };
const loadDetector = () =>
  (holder.__languageDetector ??= import("eld/small").then(
    (module) => module.eld,
    (error: unknown) => {
      holder.__languageDetector = undefined;
      throw error;
    },
  ));

/**
 * Loads the detector now rather than for the first chat stored. Loading takes this thread
 * 350-450 ms (and about 50 MB of heap, whose collection follows): in a server that had just
 * restarted, the first customer message made every poll of that moment wait that long.
 */
export async function prepareLanguageDetector(): Promise<void> {
  await loadDetector();
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
  const result = (await loadDetector()).detect(text);
  return result.language && result.isReliable() ? result.language : null;
}
