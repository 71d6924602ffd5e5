import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";

export const SANDBOX_URL = `http://127.0.0.1:${process.env.E2E_SANDBOX_PORT ?? 3199}`;

/** The demo's webchat channel: new test conversations go there, one destination per test. */
export const WEBCHAT = { platform: "webchat", platformId: "300" } as const;

export interface SandboxChat {
  platform: string;
  platformId: string;
  destination: string;
  messages: {
    messageId: string;
    direction: "in" | "out";
    text: string;
    status: string;
    via: string;
    file?: { type: string; url: string; thumbUrl?: string };
  }[];
}

/** A JSON call to the sandbox's admin API (loopback only, no credentials). */
export async function sandbox<T = unknown>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${SANDBOX_URL}/_sandbox/${path.replace(/^\//, "")}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: init.body === undefined ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`sandbox ${path}: HTTP ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Texts no other test (or run) writes, so assertions never meet another test's message. */
export const unique = (label: string) => `${label} ${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

/** A customer writes in, on a fresh webchat destination unless one is given; `at` backdates it. */
export async function customerWrites(message: string, destination = `wc-e2e-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`, at?: Date) {
  await sandbox("inbound", { body: { ...WEBCHAT, destination, message, ...(at ? { at: at.toISOString() } : {}) } });
  return destination;
}

export const sandboxChat = (destination: string) => sandbox<SandboxChat>(`chats/${WEBCHAT.platform}/${WEBCHAT.platformId}/${destination}`);

export async function sendCounts() {
  return (await sandbox<{ byMethod: { sendmessage: number; sendfile: number } }>("stats")).byMethod;
}

/** The first import is over: the inbox shows the whole account from then on. */
export async function waitForImport(request: APIRequestContext) {
  await expect
    .poll(async () => ((await (await request.get("/api/sync/status")).json()) as { import: { active: boolean } }).import.active, { timeout: 30_000 })
    .toBe(false);
}

export class InboxPage {
  constructor(readonly page: Page) {}

  async goto(query = "") {
    await this.page.goto(`/inbox${query}`);
    await expect(this.page.getByTestId("inbox")).toBeVisible();
  }

  channel(id: number | "all") {
    return this.page.getByTestId(id === "all" ? "channel-all" : `channel-${id}`);
  }

  /** The unread count a channel entry shows; 0 when it shows no badge. */
  async channelUnread(id: number | "all"): Promise<number> {
    const badge = this.channel(id).getByTestId("channel-unread");
    return (await badge.count()) === 0 ? 0 : Number(await badge.getAttribute("data-count"));
  }

  rows() {
    return this.page.getByTestId("conversation-row");
  }

  /** A conversation row by its contact as shown (e.g. "wc-e2e-…" or "+34 600 111 222"). */
  row(contact: string): Locator {
    return this.rows().filter({ has: this.page.getByTestId("conversation-contact").getByText(contact, { exact: true }) });
  }

  async search(text: string) {
    await this.page.getByTestId("conversation-search").fill(text);
  }

  async open(contact: string) {
    await this.row(contact).click();
    await expect(this.page.getByTestId("thread-contact")).toHaveText(contact);
  }

  thread() {
    return this.page.getByTestId("thread");
  }

  messages() {
    return this.thread().getByTestId("message");
  }

  pending() {
    return this.thread().getByTestId("pending-send");
  }

  composer() {
    return this.page.getByTestId("composer-input");
  }

  async reply(text: string) {
    await this.composer().fill(text);
    await this.composer().press("Enter");
  }

  /** A view tab by its accessible name, which scripts rely on: "Mine", "Unassigned", "All". */
  tab(name: "Mine" | "Unassigned" | "All") {
    return this.page.getByRole("tab", { name, exact: true });
  }

  /** The open conversations a view's tab counts. */
  async tabCount(name: "Mine" | "Unassigned" | "All"): Promise<number> {
    return Number(await this.tab(name).getAttribute("data-count"));
  }

  async view(name: "Mine" | "Unassigned" | "All") {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute("aria-selected", "true");
  }

  /** The status filter; the list shows open conversations until told otherwise. */
  async status(value: "open" | "pending" | "snoozed" | "resolved" | "all") {
    await this.page.getByRole("combobox", { name: "Status", exact: true }).selectOption(value);
  }

  async sort(value: "activity" | "waiting" | "newest") {
    await this.page.getByRole("combobox", { name: "Sort by", exact: true }).selectOption(value);
  }

  /** The id of a row's conversation. */
  async idOf(contact: string): Promise<number> {
    return Number(await this.row(contact).getAttribute("data-row-id"));
  }

  rowStatus(contact: string) {
    return this.row(contact).getByTestId("status-badge");
  }

  rowAssignee(contact: string) {
    return this.row(contact).getByTestId("conversation-assignee");
  }

  rowCheckbox(contact: string) {
    return this.page.getByRole("checkbox", { name: `Select ${contact}`, exact: true });
  }

  /** A button of the open thread's work bar, by its exact label ("Resolve", "Assign to me", …). */
  workButton(name: "Resolve" | "Reopen" | "Snooze" | "Assign to me" | "Assign" | "Unassign") {
    return this.thread().getByTestId("thread-work").getByRole("button", { name, exact: true });
  }

  threadStatus() {
    return this.thread().getByTestId("thread-work").getByTestId("status-badge");
  }

  threadAssignee() {
    return this.thread().getByTestId("thread-assignee");
  }

  /** The record's lines in the thread. */
  events() {
    return this.thread().getByTestId("thread-event");
  }

  /** The sentence that reports what the last change did ("3 conversations resolved."). */
  notice() {
    return this.page.getByTestId("work-notice");
  }

  bulkBar() {
    return this.page.getByTestId("bulk-bar");
  }

  bulkButton(name: "Resolve" | "Reopen" | "Snooze" | "Assign" | "Mark read" | "Mark unread") {
    return this.bulkBar().getByRole("button", { name, exact: true });
  }

  /** Opens a Snooze menu (the thread's, unless `from` is the bulk bar) and picks a choice by its label. */
  async snooze(choice: "1 hour" | "Tomorrow 9:00" | "Next Monday 9:00" | "A date and time…", from: "thread" | "bulk" = "thread") {
    await (from === "thread" ? this.workButton("Snooze") : this.bulkButton("Snooze")).click();
    await this.page.getByTestId("snooze-menu").getByRole("menuitem", { name: choice }).click();
  }

  /** Opens an Assign menu and gives the conversation(s) to a teammate by name. */
  async assignTo(name: string, from: "thread" | "bulk" = "thread") {
    await (from === "thread" ? this.workButton("Assign") : this.bulkButton("Assign")).click();
    await this.page.getByTestId("assign-menu").getByRole("menuitem", { name: new RegExp(`^${name}\\b`) }).click();
  }

  async attach(fields: { type?: string; fileUrl: string; thumbUrl?: string; caption?: string }) {
    await this.page.getByTestId("attach-toggle").click();
    if (fields.type) await this.page.getByTestId("attach-type").selectOption(fields.type);
    await this.page.getByTestId("attach-file-url").fill(fields.fileUrl);
    if (fields.thumbUrl) await this.page.getByTestId("attach-thumb-url").fill(fields.thumbUrl);
    if (fields.caption) await this.page.getByTestId("attach-caption").fill(fields.caption);
    await this.page.getByTestId("attach-send").click();
  }
}
