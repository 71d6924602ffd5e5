import type { App } from "./app";
import { getJson, parseInbox, pollInbox, postJson, type PollResult } from "./client";
import { viewPoller } from "./view-poller";

/*
 * The mixed load of a busy team: agents polling distinct views of the inbox as the browser
 * does (ETag, and the version of the page held: full, delta or unchanged answers) while customers write, and a health probe beside them. Measures what each agent waits for,
 * how big the answers are, and how long a customer's message takes to show.
 */

export interface MixedOptions {
  agents: number;
  everyMs: number;
  durationMs: number;
  /** Customer messages per second, written through the sandbox as Afilnet would receive them. */
  inboundPerSecond: number;
}

export interface MixedFigures {
  full: PollResult[];
  delta: PollResult[];
  unchanged: PollResult[];
  failed: number;
  health: number[];
  healthFailed: number;
  /** Inbound message to its row in `/api/inbox`, for the messages seen. */
  freshness: number[];
  written: number;
}

const SEARCHES = ["order", "sofa", "lamp", "deliver", "table", "return", "pedido", "entrega"];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Fifty different screens: Mine, Unassigned, a channel, a search, Unread, each over the channels. */
export function distinctViews(channelIds: number[], count: number): string[] {
  const channel = (i: number) => channelIds[i % channelIds.length];
  const kinds = [
    (i: number) => (i < 5 ? "?view=mine" : `?view=mine&channel=${channel(i)}`),
    (i: number) => (i < 5 ? "?view=unassigned" : `?view=unassigned&channel=${channel(i)}`),
    (i: number) => `?channel=${channel(i)}${i >= channelIds.length * 5 ? "&sort=waiting" : ""}`,
    (i: number) => `?q=${SEARCHES[i % SEARCHES.length]}${i >= SEARCHES.length * 5 ? `&channel=${channel(i)}` : ""}`,
    (i: number) => (i < 5 ? "?unread=1" : `?unread=1&channel=${channel(i)}`),
  ];
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length]!(i));
}

/** One agent: its view on a fixed cadence from a random offset, polled by change as the browser polls. */
async function agent(app: App, view: string, options: MixedOptions, deadline: number, figures: MixedFigures): Promise<void> {
  const poller = viewPoller(app.baseUrl, app.cookie, view);
  let next = performance.now() + Math.random() * options.everyMs;
  await sleep(next - performance.now());
  while (next < deadline) {
    const { result, kind } = await poller.poll();
    if (kind === "failed") figures.failed += 1;
    else figures[kind].push(result);
    next += options.everyMs;
    await sleep(next - performance.now());
  }
}

async function healthProbe(app: App, deadline: number, figures: MixedFigures): Promise<void> {
  while (performance.now() < deadline) {
    const started = performance.now();
    const ok = await fetch(`${app.baseUrl}/api/health`, { signal: AbortSignal.timeout(30_000) }).then(
      async (response) => (await response.arrayBuffer(), response.ok),
      () => false,
    );
    if (ok) figures.health.push(performance.now() - started);
    else figures.healthFailed += 1;
    await sleep(250 - (performance.now() - started));
  }
}

interface SandboxChat {
  platform: string;
  platformId: string;
  destination: string;
}

/** Customers writing at random chats; a watcher polls the All view and notes when each message shows. */
async function customers(app: App, chats: SandboxChat[], options: MixedOptions, deadline: number, figures: MixedFigures): Promise<void> {
  const pending = new Map<string, number>();
  let refused = 0;
  const writer = (async () => {
    for (let n = 0; performance.now() < deadline; n++) {
      const chat = chats[Math.floor(Math.random() * chats.length)]!;
      const text = `mixed load ${n} ${Date.now().toString(36)}`;
      pending.set(text, performance.now());
      figures.written += 1;
      const target = { platform: chat.platform, platformId: chat.platformId, destination: chat.destination };
      await postJson(`${app.sandboxUrl}/_sandbox/inbound`, { ...target, message: text }).catch((error: unknown) => {
        pending.delete(text);
        figures.written -= 1;
        if (refused++ === 0) console.log(`a customer message was refused: ${error instanceof Error ? error.message : String(error)}`);
      });
      await sleep(1_000 / options.inboundPerSecond - 5);
    }
  })();
  const watcher = viewPoller(app.baseUrl, app.cookie, "?view=all&status=all");
  // Messages written in the last seconds may still show after the deadline: watch a little longer.
  while (performance.now() < deadline + 2 * options.everyMs && (performance.now() < deadline || pending.size > 0)) {
    const started = performance.now();
    await watcher.poll();
    for (const row of watcher.page?.conversations ?? []) {
      const sentAt = row.lastMessage ? pending.get(row.lastMessage.text) : undefined;
      if (sentAt === undefined || !row.lastMessage) continue;
      figures.freshness.push(performance.now() - sentAt);
      pending.delete(row.lastMessage.text);
    }
    await sleep(200 - (performance.now() - started));
  }
  await writer;
}

export async function runMixedLoad(app: App, options: MixedOptions): Promise<MixedFigures> {
  const figures: MixedFigures = { full: [], delta: [], unchanged: [], failed: 0, health: [], healthFailed: 0, freshness: [], written: 0 };
  const first = parseInbox(await pollInbox(app.baseUrl, app.cookie, null));
  const views = distinctViews(first?.channels.map((channel) => channel.id) ?? [], options.agents);
  // Who can write, without their messages: with them the list is tens of MB for 10,000 chats,
  // which the sandbox and this process would make, read and collect while the agents poll.
  const { chats } = await getJson<{ chats: SandboxChat[] }>(`${app.sandboxUrl}/_sandbox/chats?messages=omit`);
  const deadline = performance.now() + options.durationMs;
  await Promise.all([
    ...views.map((view) => agent(app, view, options, deadline, figures)),
    healthProbe(app, deadline, figures),
    customers(app, chats, options, deadline, figures),
  ]);
  return figures;
}
