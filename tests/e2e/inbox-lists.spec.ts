import { expect, test, type APIRequestContext } from "@playwright/test";
import type { InboxResponse } from "../../lib/contract/inbox";
import { DEMO_SCRIPTS } from "../../sandbox/seeds/demo";
import { AUTH_STATE } from "./pages/login-page";
import { customerWrites, InboxPage, sandbox, unique, waitForImport, WEBCHAT, type SandboxChat } from "./pages/inbox-page";

test.use({ storageState: AUTH_STATE.agent });

async function apiInbox(request: APIRequestContext, query = ""): Promise<InboxResponse> {
  return (await (await request.get(`/api/inbox${query}`)).json()) as InboxResponse;
}

/**
 * The unread truth, derived from the sandbox. Its own read flags cannot be used: the app's
 * first import read every chat with getmessages, which marks them read there. So the truth is
 * the demo seed's (the scripts that leave their last inbound messages unread) applied to the
 * chats as the sandbox holds them now, for the chats nobody has touched since the seed (every
 * message still `via: "seed"`). Chats that tests write in or reply to are left out on both
 * sides; tests in these files open only conversations they created themselves.
 */
async function untouchedUnreadFromSandbox(): Promise<Map<string, number>> {
  const { chats } = await sandbox<{ chats: SandboxChat[] }>("chats");
  const unread = new Map<string, number>();
  for (const chat of chats) {
    if (chat.messages.some((message) => message.via !== "seed")) continue;
    const script = DEMO_SCRIPTS.find((s) => s.destination === chat.destination && s.channel === chat.platformId);
    if (!script?.unread) continue;
    const lastOut = chat.messages.map((m) => m.direction).lastIndexOf("out");
    const count = chat.messages.slice(lastOut + 1).filter((m) => m.direction === "in").length;
    if (count > 0) unread.set(`${chat.platform}:${chat.platformId}:${chat.destination}`, count);
  }
  return unread;
}

async function untouchedKeys(): Promise<Set<string>> {
  const { chats } = await sandbox<{ chats: SandboxChat[] }>("chats");
  return new Set(chats.filter((c) => c.messages.every((m) => m.via === "seed")).map((c) => `${c.platform}:${c.platformId}:${c.destination}`));
}

test("channels and unread counts are the app's, and the app's are the sandbox's", async ({ page }) => {
  await waitForImport(page.request);
  const inbox = new InboxPage(page);
  await inbox.goto();

  // The UI shows exactly what /api/inbox says, per channel and in total (polled until both agree).
  const uiCounts = async () => {
    const api = await apiInbox(page.request);
    const ui = await Promise.all(api.channels.map((c) => inbox.channelUnread(c.id)));
    return { ui: [...ui, await inbox.channelUnread("all")], api: [...api.channels.map((c) => c.unreadConversations), api.totals.unreadConversations] };
  };
  await expect.poll(async () => { const { ui, api } = await uiCounts(); return JSON.stringify(ui) === JSON.stringify(api); }, { timeout: 15_000 }).toBe(true);
  const total = (await apiInbox(page.request)).totals.unreadConversations;
  await expect(page).toHaveTitle(total > 0 ? `(${total}) Inbox · Operator Inbox` : "Inbox · Operator Inbox");

  // Each channel's count is the number of its unread conversations, and those match the sandbox.
  const api = await apiInbox(page.request, "?unread=1&limit=200");
  const channelOf = new Map(api.channels.map((c) => [c.id, c]));
  for (const channel of api.channels) {
    expect(api.conversations.filter((row) => row.channelId === channel.id).length, channel.name).toBe(channel.unreadConversations);
  }
  const untouched = await untouchedKeys();
  const fromApp = api.conversations
    .map((row) => [`${channelOf.get(row.channelId)?.platform}:${channelOf.get(row.channelId)?.platformId}:${row.destination}`, row.unreadCount] as const)
    .filter(([key]) => untouched.has(key));
  const fromSandbox = [...(await untouchedUnreadFromSandbox()).entries()];
  expect(fromApp.sort()).toEqual(fromSandbox.sort());
  expect(fromSandbox.length).toBeGreaterThan(0);
});

test("a new customer message appears without a reload, at the top, unread", async ({ page }) => {
  const inbox = new InboxPage(page);
  await inbox.goto();
  await expect(inbox.rows().first()).toBeVisible();
  const text = unique("Is the Nova sofa in stock?");
  const destination = await customerWrites(text);
  const row = inbox.row(destination);
  await expect(row).toBeVisible({ timeout: 15_000 });
  await expect(inbox.rows().first()).toHaveAttribute("data-row-id", (await row.getAttribute("data-row-id")) ?? "");
  await expect(row.getByTestId("conversation-preview")).toHaveText(text);
  await expect(row.getByTestId("conversation-unread")).toHaveAttribute("data-count", "1");

  // And in the open thread too.
  await inbox.open(destination);
  const later = unique("Hello, anyone there?");
  await customerWrites(later, destination);
  await expect(inbox.messages().filter({ hasText: later })).toBeVisible({ timeout: 15_000 });
});

test("opening a conversation clears its count; Mark unread brings it back", async ({ page }) => {
  const inbox = new InboxPage(page);
  await inbox.goto();
  const webchat = (await apiInbox(page.request)).channels.find((c) => c.platform === WEBCHAT.platform && c.platformId === WEBCHAT.platformId);
  expect(webchat).toBeDefined();
  const channelId = webchat?.id ?? 0;
  await expect.poll(async () => (await inbox.channelUnread(channelId)) === (await apiInbox(page.request)).channels.find((c) => c.id === channelId)?.unreadConversations, { timeout: 10_000 }).toBe(true);
  const before = await inbox.channelUnread(channelId);

  const destination = await customerWrites(unique("My order has not arrived."));
  await customerWrites(unique("Order LH-50123."), destination);
  const row = inbox.row(destination);
  await expect(row.getByTestId("conversation-unread")).toHaveAttribute("data-count", "2", { timeout: 15_000 });
  await expect.poll(() => inbox.channelUnread(channelId)).toBe(before + 1);

  await inbox.open(destination);
  await expect(row.getByTestId("conversation-unread")).toHaveCount(0);
  await expect.poll(() => inbox.channelUnread(channelId)).toBe(before);
  const id = Number(new URL(page.url()).searchParams.get("c"));
  await expect
    .poll(async () => ((await (await page.request.get(`/api/conversations/${id}/messages`)).json()) as { conversation: { unreadCount: number } }).conversation.unreadCount)
    .toBe(0);

  await page.getByTestId("thread-menu").click();
  await page.getByTestId("mark-unread").click();
  // The thread stays open, and its look does not clear the unread again.
  await expect(inbox.thread()).toHaveAttribute("data-conversation-id", String(id));
  await expect(row.getByTestId("conversation-unread")).toBeVisible({ timeout: 10_000 });
  await expect.poll(() => inbox.channelUnread(channelId)).toBe(before + 1);
});

test("a badge says 99+ past 99; older messages load on scrolling up, keeping the place", async ({ page }) => {
  // A second apart: Afilnet's times have whole seconds, and the thread orders by time.
  const start = Date.now() - 200_000;
  const first = unique("Message 1");
  const destination = await customerWrites(first, undefined, new Date(start));
  for (let i = 2; i <= 101; i++) await customerWrites(`Message ${i}`, destination, new Date(start + i * 1_000));
  const inbox = new InboxPage(page);
  await inbox.goto();
  // Found by its name: its last message is 99 s old, and the conversations other tests wrote
  // since may fill the list's first page before it.
  await inbox.search(destination);
  const badge = inbox.row(destination).getByTestId("conversation-unread");
  await expect(badge).toHaveAttribute("data-count", "101", { timeout: 15_000 });
  await expect(badge).toContainText("99+");

  // The thread opens on the newest 50; scrolling up brings the 51 before them.
  await inbox.open(destination);
  const message = (n: number) => inbox.messages().filter({ has: page.getByTestId("message-text").getByText(`Message ${n}`, { exact: true }) });
  await expect(message(101)).toBeVisible();
  await expect(message(51)).toHaveCount(0);
  const list = page.getByTestId("message-list");
  await list.evaluate((element) => element.scrollBy(0, -element.scrollHeight));
  const top = (await message(52).boundingBox())?.y ?? 0;
  await expect(message(51)).toHaveCount(1);
  // The message the agent was looking at has not moved.
  expect(Math.abs(((await message(52).boundingBox())?.y ?? 0) - top)).toBeLessThan(5);
  await list.evaluate((element) => element.scrollBy(0, -element.scrollHeight));
  await expect(inbox.messages().filter({ hasText: first })).toHaveCount(1);
});
