import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** The figures the queues table shows per row, by the test id suffix of their cells. */
export const COUNT_COLUMNS = [
  "unreadConversations",
  "unreadMessages",
  "waitingConversations",
  "overdueConversations",
  "windowClosingConversations",
  "openConversations",
  "unassignedConversations",
  "pendingConversations",
  "snoozedConversations",
] as const;
export type CountColumn = (typeof COUNT_COLUMNS)[number];

export interface QueueFigures {
  unreadConversations: number;
  unreadMessages: number;
  waitingConversations: number;
  overdueConversations: number;
  windowClosingConversations: number;
  openConversations: number;
  unassignedConversations: number;
  pendingConversations: number;
  snoozedConversations: number;
  state: "within" | "near" | "past";
}

/** A row of the Agents table, as the API sends it. */
export interface AgentFiguresApi {
  id: string;
  name: string;
  role: string;
  availability: "online" | "away" | "offline";
  openAssigned: number;
  waiting: number;
  oldestWaitingSince: string | null;
  repliesToday: number;
  medianFirstResponseSeconds: number | null;
}

/** The Agents table's count cells, by the test id suffix of their cells. */
export const AGENT_COUNT_COLUMNS = ["openAssigned", "waiting", "repliesToday"] as const;
export type AgentColumn = (typeof AGENT_COUNT_COLUMNS)[number] | "availability" | "oldestWait" | "medianFirstResponse";

export interface WorkSettingsApi {
  autoResolvePendingDays: number;
  autoAssign: boolean;
  autoAssignCap: number;
}

/** A waiting list on the page: a channel's (from the queues table) or an agent's (from the Agents table). */
export type WaitingScope = { channelId: number } | { agentId: string };

export interface QueuesApi {
  defaultThresholdSeconds: number;
  channels: (QueueFigures & { channelId: number; name: string; platform: string; thresholdSeconds: number; thresholdOverridden: boolean })[];
  total: QueueFigures;
  agents: AgentFiguresApi[];
  workSettings: WorkSettingsApi;
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

  agentsTable() {
    return this.page.getByTestId("agents-table");
  }

  agentRows() {
    return this.agentsTable().locator("tbody tr[data-testid^='agent-row-']");
  }

  agentRow(agentId: string) {
    return this.page.getByTestId(`agent-row-${agentId}`);
  }

  agentCell(agentId: string, column: AgentColumn) {
    return this.page.getByTestId(`agent-row-${agentId}-${column}`);
  }

  async toggleAgent(agentId: string) {
    await this.page.getByTestId(`agent-toggle-${agentId}`).click();
  }

  agentWaitingList(agentId: string) {
    return this.page.getByTestId(`agent-waiting-list-${agentId}`);
  }

  /** An open waiting list with its "Select all", its checkboxes, its reassign bar and its outcome. */
  waitingPanel(scope: WaitingScope) {
    return this.page.getByTestId("channelId" in scope ? `waiting-panel-channel-${scope.channelId}` : `waiting-panel-agent-${scope.agentId}`);
  }

  waitingConversation(scope: WaitingScope, conversationId: number) {
    return this.waitingPanel(scope).locator(`[data-testid=waiting-conversation][data-conversation-id="${conversationId}"]`);
  }

  async selectWaiting(scope: WaitingScope, conversationId: number) {
    await this.waitingConversation(scope, conversationId).getByTestId("waiting-select").check();
  }

  async selectAllWaiting(scope: WaitingScope) {
    await this.waitingPanel(scope).getByTestId("waiting-select-all").check();
  }

  /** Chooses the teammate whose option names them, then presses Reassign. */
  async reassignTo(scope: WaitingScope, name: string) {
    const panel = this.waitingPanel(scope);
    const select = panel.getByTestId("reassign-to");
    const option = select.locator("option", { hasText: name });
    await expect(option).toHaveCount(1);
    await select.selectOption((await option.getAttribute("value")) ?? "");
    await panel.getByTestId("reassign-submit").click();
  }

  reassignResult(scope: WaitingScope) {
    return this.waitingPanel(scope).getByTestId("reassign-result");
  }

  workSettings() {
    return this.page.getByTestId("work-settings-form");
  }

  /** Fills the fields given and saves; the others keep what they show. */
  async setWorkSettings(fields: { days?: string; autoAssign?: boolean; cap?: string }) {
    if (fields.days !== undefined) await this.page.getByTestId("work-settings-days").fill(fields.days);
    if (fields.autoAssign !== undefined) await this.page.getByTestId("work-settings-auto-assign").setChecked(fields.autoAssign);
    if (fields.cap !== undefined) await this.page.getByTestId("work-settings-cap").fill(fields.cap);
    await this.page.getByTestId("work-settings-save").click();
  }

  workSettingsError(field: "days" | "cap") {
    return this.page.getByTestId(`work-settings-${field}-error`);
  }

  workSettingsResult() {
    return this.page.getByTestId("work-settings-result");
  }
}
