import zlib from "node:zlib";
import type { Page } from "@playwright/test";
import type { App } from "../lib/app";
import { pollInbox } from "../lib/client";
import { listPosition, timeEnterToBubble } from "./probes";

export async function signIn(page: Page, app: App): Promise<void> {
  await page.goto(`${app.baseUrl}/login`);
  await page.getByLabel("Email").fill("agent@demo.local");
  await page.getByLabel("Password").fill("demo-agent-pass");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/inbox/);
}

/**
 * After the import the next pass rewrites the status of most chats (reading a chat marks it
 * read upstream): the steady state, which is what an agent lives in, comes after that.
 */
export async function settle(app: App, limitMs = 90_000): Promise<void> {
  const started = Date.now();
  let etag: string | null = null;
  let quietSince = Date.now();
  while (Date.now() - started < limitMs) {
    const poll = await pollInbox(app.baseUrl, app.cookie, etag);
    if (poll.status !== 304) quietSince = Date.now();
    etag = poll.etag ?? etag;
    if (Date.now() - quietSince >= 3 * app.intervalMs) return;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  console.log(`note: the mirror was still changing after ${limitMs / 1000} s; measuring anyway`);
}

/** Navigation start to the first painted rows, over fresh loads of the page. */
export async function rowsPainted(page: Page, app: App, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    await page.goto(`${app.baseUrl}/inbox`);
    await page.waitForFunction(() => window.__bench.rowsPaintedAt !== null, undefined, { timeout: 30_000 });
    samples.push(await page.evaluate(() => window.__bench.rowsPaintedAt ?? Number.NaN));
  }
  return samples;
}

const gzipSize = async (page: Page, url: string) => zlib.gzipSync(Buffer.from(await (await page.request.get(url)).body()), { level: 9 }).length;

/**
 * The page's first-load JavaScript (the scripts its HTML names, as Next counts it), and all
 * the JavaScript fetched until the network is idle (with the chunks loaded after the page).
 */
export async function javascriptSizes(page: Page, app: App) {
  const html = await (await page.request.get(`${app.baseUrl}/inbox`)).text();
  // nomodule scripts are the polyfills for old browsers: a current browser never fetches them.
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js[^"]*)"[^>]*>/g)].filter((match) => !/nomodule/i.test(match[0]));
  const initial = new Set(tags.map((match) => new URL(match[1] ?? "", app.baseUrl).href));
  const loaded = new Set<string>();
  const note = (response: { url(): string; request(): { resourceType(): string } }) => {
    if (response.request().resourceType() === "script") loaded.add(response.url());
  };
  page.on("response", note);
  await page.goto(`${app.baseUrl}/inbox`, { waitUntil: "networkidle" });
  page.off("response", note);
  let firstLoad = 0;
  for (const url of initial) firstLoad += await gzipSize(page, url);
  let afterIdle = 0;
  for (const url of new Set([...initial, ...loaded])) afterIdle += await gzipSize(page, url);
  return { firstLoad, firstLoadFiles: initial.size, afterIdle, afterIdleFiles: new Set([...initial, ...loaded]).size };
}

/** Scrolls the list by wheel steps until its end (or the time budget), loading pages on the way. */
export async function scrollWholeList(page: Page, budgetMs: number) {
  await page.locator('[data-testid="conversation-row"]').first().hover();
  await page.evaluate(() => (window.__bench.longTasks = []));
  const started = Date.now();
  let position = await page.evaluate(listPosition);
  let movedAt = Date.now();
  let stop = "time budget";
  while (Date.now() - started < budgetMs) {
    await page.mouse.wheel(0, 1_200);
    await page.waitForTimeout(30);
    const next = await page.evaluate(listPosition);
    if (next.lastInView > position.lastInView) movedAt = Date.now();
    position = next;
    if (position.total > 0 && position.lastInView >= position.total) {
      stop = "end of the list";
      break;
    }
    if (Date.now() - movedAt > 20_000) {
      stop = "no progress for 20 s";
      break;
    }
  }
  const longTasks = await page.evaluate(() => window.__bench.longTasks.map((task) => task.duration));
  return { reached: position.lastInView, total: position.total, ms: Date.now() - started, longTasks, stop };
}

/** Enter in the composer to the frame that shows the optimistic bubble, `sends` times. */
export async function enterToBubble(page: Page, sends: number): Promise<number[]> {
  await page.locator('[data-testid="conversation-row"]').first().click();
  await page.getByTestId("composer-input").waitFor();
  await page.waitForTimeout(500);
  const samples: number[] = [];
  for (let i = 0; i < sends; i++) {
    const text = `bench reply ${Date.now()} ${i}`;
    await page.getByTestId("composer-input").fill(text);
    const timing = page.evaluate(timeEnterToBubble, text);
    await page.getByTestId("composer-input").press("Enter");
    samples.push(await timing);
    await page.waitForTimeout(300);
  }
  return samples;
}
