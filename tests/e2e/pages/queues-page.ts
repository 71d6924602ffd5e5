import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** The figures the queues table shows per row, by the test id suffix of their cells. */
export const COUNT_COLUMNS = ["unreadConversations", "unreadMessages", "waitingConversations", "overdueConversations"] as const;
export type CountColumn = (typeof COUNT_COLUMNS)[number];

export interface QueueFigures {
  unreadConversations: number;
  unreadMessages: number;
  waitingConversations: number;
  overdueConversations: number;
  state: "within" | "near" | "past";
}

export interface QueuesApi {
  defaultThresholdSeconds: number;
  channels: (QueueFigures & { channelId: number; name: string; platform: string; thresholdSeconds: number; thresholdOverridden: boolean })[];
  total: QueueFigures;
}

export const SANDBOX = `http://127.0.0.1:${process.env.E2E_SANDBOX_PORT ?? 3199}`;

/** The first import must be over, or the figures are still moving under the test. */
export async function waitForMirror(request: APIRequestContext) {
  await expect
    .poll(async () => ((await (await request.get("/api/sync/status")).json()) as { import: { active: boolean } }).import.active, { timeout: 20_000 })
    .toBe(false);
}

export async function fetchQueues(request: APIRequestContext): Promise<QueuesApi> {
  const response = await request.get("/api/supervisor/queues?tz=UTC");
  expect(response.status()).toBe(200);
  return (await response.json()) as QueuesApi;
}

/** A customer writes in through the sandbox, on the channel with that platform and name. */
export async function customerWrites(request: APIRequestContext, channel: { platform: string; name: string }, destination: string, at?: Date) {
  const listed = (await (await request.get(`${SANDBOX}/_sandbox/channels`)).json()) as { channels: { platform: string; platformId: string; name: string }[] };
  const target = listed.channels.find((c) => c.platform === channel.platform && c.name === channel.name);
  if (!target) throw new Error(`The sandbox has no channel ${channel.platform} "${channel.name}".`);
  const response = await request.post(`${SANDBOX}/_sandbox/inbound`, {
    data: { platform: target.platform, platformId: target.platformId, destination, message: "Hello, is anyone there?", ...(at ? { at: at.toISOString() } : {}) },
  });
  expect(response.status(), await response.text()).toBe(200);
}

export class QueuesPage {
  constructor(readonly page: Page) {}

  async goto() {
    const response = await this.page.goto("/supervisor/queues");
    await expect(this.table()).toBeVisible();
    return response;
  }

  table() {
    return this.page.getByTestId("queues-table");
  }

  rows() {
    return this.table().locator("tbody tr[data-testid^='queue-row-']");
  }

  row(channelId: number) {
    return this.page.getByTestId(`queue-row-${channelId}`);
  }

  cell(channelId: number | "total", column: CountColumn | "state" | "oldestWait") {
    return this.page.getByTestId(channelId === "total" ? `queue-total-${column}` : `queue-row-${channelId}-${column}`);
  }

  /** The channel names in the order the table shows them. */
  async names(): Promise<string[]> {
    return this.rows().evaluateAll((rows) => rows.map((row) => row.getAttribute("data-channel-name") ?? ""));
  }

  sortButton(label: string) {
    return this.table().getByRole("columnheader", { name: label }).getByRole("button");
  }

  header(label: string) {
    return this.table().getByRole("columnheader", { name: label });
  }

  async toggle(channelId: number) {
    await this.page.getByTestId(`queue-toggle-${channelId}`).click();
  }

  waitingList(channelId: number) {
    return this.page.getByTestId(`waiting-list-${channelId}`);
  }

  thresholdForm(channelId: number | "default") {
    return this.page.getByTestId(channelId === "default" ? "threshold-default" : `threshold-form-${channelId}`);
  }

  async setThreshold(channelId: number | "default", value: string) {
    const form = this.thresholdForm(channelId);
    await form.getByRole("textbox").fill(value);
    await form.getByRole("button", { name: "Save" }).click();
  }

  thresholdError(channelId: number | "default") {
    return this.page.getByTestId(channelId === "default" ? "threshold-default-error" : `threshold-form-${channelId}-error`);
  }

  trend() {
    return this.page.getByTestId("trend");
  }
}
