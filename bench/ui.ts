import fs from "node:fs";
import { chromium, type Browser } from "@playwright/test";
import { startApp } from "./lib/app";
import { count, ms, percentile, summary, table, verdict } from "./lib/report";
import { installProbes } from "./ui/probes";
import { enterToBubble, javascriptSizes, rowsPainted, scrollWholeList, settle, signIn } from "./ui/steps";

/*
 * bench:ui: the agent's inbox in Chromium over 10,000 conversations: time to the first painted
 * rows, long tasks while scrolling the whole list, Enter to the optimistic bubble, and the
 * first-load JavaScript of the inbox route. Figures are printed beside their targets.
 */

const SEED = "large:channels=8,chats=10000,messages=20";
const CHATS = 10_000;
const TARGETS = { rowsMs: 1_500, longTaskMs: 100, bubbleMs: 100, jsKb: 250 };
const LOADS = 5;
const SENDS = 5;

function launchChromium(): Promise<Browser> {
  const path = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  return chromium.launch({ executablePath: path, args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"] });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const app = await startApp({ title: "bench:ui", seed: SEED, hardTimeoutMs: 25 * 60_000, importTimeoutMs: 12 * 60_000 });
  const browser = await launchChromium();
  try {
    await settle(app);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // tsx keeps function names with an `__name` helper; functions shipped into the page need it too.
    await context.addInitScript({ content: "globalThis.__name ??= (fn) => fn;" });
    await context.addInitScript(installProbes);
    const page = await context.newPage();
    await signIn(page, app);
    const painted = await rowsPainted(page, app, LOADS);
    const js = await javascriptSizes(page, app);
    const scroll = await scrollWholeList(page, 240_000);
    const bubbles = await enterToBubble(page, SENDS);

    const longest = Math.max(0, ...scroll.longTasks);
    const over = scroll.longTasks.filter((duration) => duration > TARGETS.longTaskMs).length;
    const paintedMedian = percentile(painted, 50);
    const bubbleMedian = percentile(bubbles, 50);
    console.log(`\n${table(
      ["figure", "value", "target", ""],
      [
        [`first rows painted, median of ${LOADS} loads`, ms(paintedMedian), `< ${ms(TARGETS.rowsMs)}`, verdict(paintedMedian < TARGETS.rowsMs)],
        ["first rows painted, slowest load", ms(Math.max(...painted)), "", ""],
        [`long tasks while scrolling (${count(scroll.longTasks.length)} in all)`, `longest ${ms(longest)}`, `none > ${ms(TARGETS.longTaskMs)}`, verdict(over === 0)],
        ["list scrolled", `${count(scroll.reached)} of ${count(CHATS)} rows in ${(scroll.ms / 1000).toFixed(1)} s`, "the whole list", verdict(scroll.reached >= CHATS)],
        [`Enter to optimistic bubble, median of ${SENDS}`, ms(bubbleMedian), `< ${ms(TARGETS.bubbleMs)}`, verdict(bubbleMedian < TARGETS.bubbleMs)],
        ["Enter to optimistic bubble, slowest", ms(Math.max(...bubbles)), "", ""],
        [`first-load JavaScript of /inbox (${js.firstLoadFiles} files, gzip)`, kb(js.firstLoad), `< ${TARGETS.jsKb} KB`, verdict(js.firstLoad / 1024 < TARGETS.jsKb)],
        [`all JavaScript by network idle (${js.afterIdleFiles} files, gzip)`, kb(js.afterIdle), "", ""],
      ],
    )}`);
    summary("bench:ui", [
      `rows painted (ms from navigation start): ${painted.map((value) => value.toFixed(0)).join(", ")}`,
      `scroll stopped at: ${scroll.stop}; the list said it holds ${scroll.total < 0 ? "more than it had loaded" : count(scroll.total)} rows`,
      `long tasks over ${TARGETS.longTaskMs} ms while scrolling: ${over}; all long tasks (ms): ${scroll.longTasks.map((d) => d.toFixed(0)).join(", ") || "none"}`,
      `Enter to bubble (ms): ${bubbles.map((value) => value.toFixed(1)).join(", ")}`,
    ]);
  } finally {
    await browser.close().catch(() => undefined);
    await app.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
