import { startApp } from "./lib/app";
import { getJson, parseInbox, pollInbox, postJson } from "./lib/client";
import { ms, percentile, summary, table, verdict } from "./lib/report";

/*
 * bench:freshness: how long a customer's message takes from reaching Afilnet (the sandbox)
 * to showing in `/api/inbox`, polled every 100 ms, over 20 messages at random chats.
 */

const SEED = "large:channels=4,chats=500,messages=20";
const MESSAGES = 20;
const CHECK_MS = 100;
const GIVE_UP_MS = 30_000;

interface SandboxChat {
  platform: string;
  platformId: string;
  destination: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const app = await startApp({ title: "bench:freshness", seed: SEED, hardTimeoutMs: 6 * 60_000, importTimeoutMs: 3 * 60_000 });
  const delays: number[] = [];
  const pending = new Map<string, number>();
  try {
    const { chats } = await getJson<{ chats: SandboxChat[] }>(`${app.sandboxUrl}/_sandbox/chats?messages=omit`);
    if (chats.length < MESSAGES) throw new Error(`the sandbox has fewer than ${MESSAGES} chats`);
    // Distinct chats: a second message in the same chat would hide the first before it is seen.
    const targets = [...chats].sort(() => Math.random() - 0.5).slice(0, MESSAGES);
    // The first read ends the idle pace the import left behind, as an agent opening the inbox does.
    let etag = (await pollInbox(app.baseUrl, app.cookie, null)).etag;
    await sleep(app.intervalMs);
    console.log(`${MESSAGES} inbound messages at random chats, 1 to 2 s apart; /api/inbox checked every ${CHECK_MS} ms ...`);
    // Sending on its own clock, independent of when earlier messages were seen, so that the
    // send times fall at every phase of the sync interval rather than locking onto it.
    let sending = true;
    let failure: unknown;
    const sender = (async () => {
      for (const [i, chat] of targets.entries()) {
        const text = `freshness probe ${i + 1} ${Date.now().toString(36)}`;
        pending.set(text, performance.now());
        await postJson(`${app.sandboxUrl}/_sandbox/inbound`, { platform: chat.platform, platformId: chat.platformId, destination: chat.destination, message: text });
        if (i < targets.length - 1) await sleep(1_000 + Math.random() * 1_000);
      }
    })()
      .catch((error: unknown) => (failure = error))
      .finally(() => (sending = false));
    let lastSent = performance.now();
    while ((sending || pending.size > 0) && performance.now() - lastSent < GIVE_UP_MS) {
      const checkStarted = performance.now();
      // With the ETag, as the browser polls: a 304 means nothing changed yet.
      const result = await pollInbox(app.baseUrl, app.cookie, etag);
      if (result.etag) etag = result.etag;
      for (const row of parseInbox(result)?.conversations ?? []) {
        const sentAt = row.lastMessage ? pending.get(row.lastMessage.text) : undefined;
        if (sentAt === undefined || !row.lastMessage) continue;
        const delay = performance.now() - sentAt;
        delays.push(delay);
        pending.delete(row.lastMessage.text);
        console.log(`  ${String(delays.length).padStart(2)}: ${ms(delay)}`);
      }
      if (sending) lastSent = performance.now();
      await sleep(CHECK_MS - (performance.now() - checkStarted));
    }
    await sender;
    if (failure) throw failure;
  } finally {
    await app.stop();
  }
  const missed = pending.size;

  const target = app.intervalMs + 1_000;
  const [p50, p95] = [percentile(delays, 50), percentile(delays, 95)];
  console.log(`\nFrom POST /_sandbox/inbound to the row in /api/inbox (sync interval ${app.intervalMs / 1000} s):\n`);
  console.log(
    table(
      ["messages", "seen", "p50", "p95", "max", "target p95"],
      [[String(MESSAGES), String(delays.length), ms(p50), ms(p95), ms(Math.max(...delays)), `<= ${ms(target)}`]],
    ),
  );
  summary("bench:freshness", [
    `p50 ${ms(p50)}, p95 ${ms(p95)}, max ${ms(Math.max(...delays))} over ${delays.length} messages`,
    `target p95 within one interval plus one second (${ms(target)}): ${verdict(missed === 0 && p95 <= target)}`,
    ...(missed > 0 ? [`${missed} message(s) not seen within ${GIVE_UP_MS / 1000} s`] : []),
  ]);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:freshness could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
