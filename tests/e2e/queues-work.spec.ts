import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { actionId, callAction } from "./pages/actions";
import { InboxPage } from "./pages/inbox-page";
import { expectLayoutFits, PHONE } from "./pages/layout-checks";
import { AUTH_STATE, DEMO } from "./pages/login-page";
import { AGENT_COUNT_COLUMNS, customerWrites, fetchQueues, QueuesPage, waitForMirror, type QueuesApi } from "./pages/queues-page";

/*
 * The supervisor's queues as work: the Agents table, reassigning from a waiting list, and the
 * team's work settings. Each test writes its own customer, so none depends on another's state.
 */

const AVAILABILITY_WORDS = { online: "Online", away: "Away", offline: "Offline" } as const;
const REASSIGN = ["lib/inbox/work-actions.ts", "reassignAction"] as const;

const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

function webchatOf(queues: QueuesApi) {
  const channel = queues.channels.find((c) => c.platform === "webchat");
  if (!channel) throw new Error("The demo has no webchat channel.");
  return channel;
}

/** A new customer waits on the webchat channel; answers the channel and the conversation's id once the queues list it. */
async function newWaitingConversation(request: APIRequestContext) {
  const channel = webchatOf(await fetchQueues(request));
  const destination = unique("wc-e2e-work");
  await customerWrites(request, channel, destination);
  let id = 0;
  await expect
    .poll(
      async () => {
        const waiting = (await (await request.get(`/api/supervisor/queues/${channel.channelId}/waiting`)).json()) as { conversations: { id: number; destination: string }[] };
        id = waiting.conversations.find((c) => c.destination === destination)?.id ?? 0;
        return id;
      },
      { timeout: 15_000 },
    )
    .toBeGreaterThan(0);
  return { channel, destination, id };
}

async function agentIdOf(request: APIRequestContext, name: string) {
  const agent = (await fetchQueues(request)).agents.find((a) => a.name === name);
  if (!agent) throw new Error(`No agent ${name} in the Agents table's data.`);
  return agent.id;
}

async function expectNoSeriousViolation(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

test.describe("as a supervisor", () => {
  test.use({ storageState: AUTH_STATE.supervisor });
  test.beforeEach(async ({ page }) => waitForMirror(page.request));

  test("the Agents table shows every active agent with the server's figures, and sorts", async ({ page }) => {
    // A customer waiting on the demo agent, so that their row has something to count.
    const { id } = await newWaitingConversation(page.request);
    const danaId = await agentIdOf(page.request, DEMO.agent.name);
    expect(await callAction(page.request, actionId(...REASSIGN), [{ conversationIds: [id], assigneeId: danaId }], "/supervisor/queues")).toEqual({ ok: true, data: { changed: 1 } });

    const queues = new QueuesPage(page);
    await queues.goto();
    await expect(page.getByRole("heading", { name: "Agents", exact: true })).toBeVisible();
    // Waits grow and availability lapses as time passes: compare against a fresh answer until both agree.
    await expect(async () => {
      const api = await fetchQueues(page.request);
      expect(api.agents.find((a) => a.id === danaId)?.waiting).toBeGreaterThanOrEqual(1);
      await expect(queues.agentRows()).toHaveCount(api.agents.length, { timeout: 500 });
      for (const agent of api.agents) {
        for (const column of AGENT_COUNT_COLUMNS) await expect(queues.agentCell(agent.id, column)).toHaveText(String(agent[column]), { timeout: 500 });
        const availability = queues.agentCell(agent.id, "availability");
        await expect(availability).toHaveText(AVAILABILITY_WORDS[agent.availability], { timeout: 500 });
        await expect(availability.locator("[data-availability]")).toHaveAttribute("data-availability", agent.availability, { timeout: 500 });
        const oldest = queues.agentCell(agent.id, "oldestWait");
        if (agent.oldestWaitingSince) await expect(oldest.locator("time")).toHaveAttribute("datetime", agent.oldestWaitingSince, { timeout: 500 });
        else await expect(oldest).toContainText("nobody waiting", { timeout: 500 });
        const median = queues.agentCell(agent.id, "medianFirstResponse");
        if (agent.medianFirstResponseSeconds === null) await expect(median).toContainText("no first response today", { timeout: 500 });
        else await expect(median).toHaveText(/\d/, { timeout: 500 });
      }
    }).toPass({ timeout: 15_000 });

    const header = queues.agentsTable().getByRole("columnheader", { name: "Agent", exact: true });
    await header.getByRole("button").click();
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    const names = await queues.agentRows().evaluateAll((rows) => rows.map((row) => row.getAttribute("data-agent-name") ?? ""));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  test("the supervisor reassigns a waiting conversation to the demo agent, who sees it in Mine without reloading", async ({ page, browser }) => {
    const agentContext = await browser.newContext({ storageState: AUTH_STATE.agent });
    try {
      const agent = new InboxPage(await agentContext.newPage());
      await agent.goto("?view=mine");
      await expect(agent.tab("Mine")).toHaveAttribute("aria-selected", "true");
      await agent.page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

      const { channel, destination, id } = await newWaitingConversation(page.request);
      const scope = { channelId: channel.channelId };
      const queues = new QueuesPage(page);
      await queues.goto();
      await queues.toggle(channel.channelId);
      const row = queues.waitingConversation(scope, id);
      await expect(row).toBeVisible();
      await expect(row.getByTestId("waiting-assignee")).toHaveText("Unassigned");

      // Nothing chosen, then no teammate chosen: a sentence each, and nothing moves.
      const panel = queues.waitingPanel(scope);
      await panel.getByTestId("reassign-submit").click();
      await expect(queues.reassignResult(scope)).toHaveText("Choose at least one conversation.");
      await queues.selectWaiting(scope, id);
      await expect(panel.getByTestId("waiting-selected-count")).toHaveText("1 selected");
      await panel.getByTestId("reassign-submit").click();
      await expect(queues.reassignResult(scope)).toHaveText("Choose a teammate from the list.");

      // The team, with each one's availability in words.
      await expect(panel.getByTestId("reassign-to").locator("option", { hasText: DEMO.agent.name })).toHaveText(/^Dana Agent · (Online|Away|Offline)$/);
      await queues.reassignTo(scope, DEMO.agent.name);
      await expect(queues.reassignResult(scope)).toHaveText(`1 conversation moved to ${DEMO.agent.name}.`);
      await expect(row.getByTestId("waiting-assignee")).toHaveText(`Assigned to ${DEMO.agent.name}`);
      await expect(row.getByTestId("waiting-select")).not.toBeChecked();

      // The agent's Mine view follows by its poll, with no reload.
      await expect(agent.row(destination)).toBeVisible({ timeout: 15_000 });
      expect(await agent.page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
      const mine = (await (await agentContext.request.get("/api/inbox?view=mine&status=open")).json()) as { conversations: { id: number; assignee: { name: string } | null }[] };
      expect(mine.conversations.find((c) => c.id === id)?.assignee?.name).toBe(DEMO.agent.name);

      // And the supervisor finds it in the agent's own waiting list.
      const danaId = await agentIdOf(page.request, DEMO.agent.name);
      await queues.toggleAgent(danaId);
      await expect(queues.waitingConversation({ agentId: danaId }, id)).toBeVisible();
      await expect(queues.waitingConversation({ agentId: danaId }, id).getByTestId("waiting-channel")).toHaveText(`on ${channel.name}`);
    } finally {
      await agentContext.close();
    }
  });

  test("moving conversations away from an agent: select all, reassign, and the agent's list empties", async ({ page }) => {
    const first = await newWaitingConversation(page.request);
    const second = await newWaitingConversation(page.request);
    const { agents } = await fetchQueues(page.request);
    const dana = agents.find((a) => a.name === DEMO.agent.name)!;
    const sam = agents.find((a) => a.name === DEMO.supervisor.name)!;
    // Everything waiting on Dana, so that "Select all" in her list takes exactly these.
    const onDana = (await (await page.request.get(`/api/supervisor/agents/${dana.id}/waiting`)).json()) as { conversations: { id: number }[] };
    const ids = [first.id, second.id, ...onDana.conversations.map((c) => c.id)];
    expect(await callAction(page.request, actionId(...REASSIGN), [{ conversationIds: ids, assigneeId: dana.id }], "/supervisor/queues")).toMatchObject({ ok: true });

    const queues = new QueuesPage(page);
    await queues.goto();
    const scope = { agentId: dana.id };
    await queues.toggleAgent(dana.id);
    await expect(queues.waitingConversation(scope, first.id)).toBeVisible();
    await queues.selectAllWaiting(scope);
    const count = await queues.waitingPanel(scope).getByTestId("waiting-conversation").count();
    expect(count).toBe(new Set(ids).size);
    await expect(queues.waitingPanel(scope).getByTestId("waiting-selected-count")).toHaveText(`${count} selected`);
    await queues.reassignTo(scope, DEMO.supervisor.name);
    await expect(queues.reassignResult(scope)).toHaveText(`${count} conversations moved to ${DEMO.supervisor.name}.`);
    await expect(page.getByTestId(`agent-waiting-empty-${dana.id}`)).toHaveText(`Nobody is waiting on ${DEMO.agent.name}.`);
    await expect(queues.agentCell(dana.id, "waiting")).toHaveText("0", { timeout: 10_000 });
    const after = (await (await page.request.get(`/api/supervisor/agents/${sam.id}/waiting`)).json()) as { conversations: { id: number }[] };
    expect(after.conversations.map((c) => c.id)).toEqual(expect.arrayContaining([first.id, second.id]));
  });

  test("a reassignment the server never answers says so, and the choice stays", async ({ page }) => {
    const { channel, id } = await newWaitingConversation(page.request);
    const scope = { channelId: channel.channelId };
    const queues = new QueuesPage(page);
    await queues.goto();
    await queues.toggle(channel.channelId);
    await queues.selectWaiting(scope, id);
    await page.route("**/supervisor/queues", (route) => (route.request().headers()["next-action"] ? route.abort("connectionreset") : route.fallback()));
    await queues.reassignTo(scope, DEMO.agent.name);
    await expect(queues.reassignResult(scope)).toHaveText("Nothing was moved: the server did not answer. Try again.");
    await expect(queues.waitingConversation(scope, id).getByTestId("waiting-select")).toBeChecked();
    await page.unroute("**/supervisor/queues");
    const waiting = (await (await page.request.get(`/api/supervisor/queues/${channel.channelId}/waiting`)).json()) as { conversations: { id: number; assignee: unknown }[] };
    expect(waiting.conversations.find((c) => c.id === id)?.assignee).toBeNull();
  });

  test("the work settings refuse a cap of 0 with a sentence, and save good values", async ({ page }) => {
    const queues = new QueuesPage(page);
    const before = (await fetchQueues(page.request)).workSettings;
    await queues.goto();
    try {
      await queues.setWorkSettings({ cap: "0" });
      await expect(queues.workSettingsError("cap")).toHaveText("The cap must be at least 1.");
      await expect(page.getByTestId("work-settings-cap")).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByTestId("work-settings-cap")).toBeFocused();
      await queues.setWorkSettings({ days: "abc", cap: "201" });
      await expect(queues.workSettingsError("days")).toHaveText("Give a whole number of days.");
      await expect(queues.workSettingsError("cap")).toHaveText("The cap can be at most 200.");
      expect((await fetchQueues(page.request)).workSettings).toEqual(before);

      const days = before.autoResolvePendingDays === 9 ? "8" : "9";
      await queues.setWorkSettings({ days, cap: String(before.autoAssignCap) });
      await expect(queues.workSettingsResult()).toHaveText("Saved.");
      await expect(queues.workSettingsError("cap")).toHaveCount(0);
      await expect.poll(async () => (await fetchQueues(page.request)).workSettings).toEqual({ ...before, autoResolvePendingDays: Number(days) });
      // What the form shows after a reload is what was saved.
      await queues.goto();
      await expect(page.getByTestId("work-settings-days")).toHaveValue(days);
    } finally {
      if (JSON.stringify((await fetchQueues(page.request)).workSettings) !== JSON.stringify(before)) {
        await queues.goto();
        await queues.setWorkSettings({ days: String(before.autoResolvePendingDays), autoAssign: before.autoAssign, cap: String(before.autoAssignCap) });
        await expect(queues.workSettingsResult()).toHaveText("Saved.");
      }
    }
  });

  test("the page with its waiting lists, a selection and a form error has no serious accessibility violation", async ({ page }) => {
    const { channel, id } = await newWaitingConversation(page.request);
    const queues = new QueuesPage(page);
    await queues.goto();
    await queues.toggle(channel.channelId);
    await queues.selectWaiting({ channelId: channel.channelId }, id);
    const danaId = await agentIdOf(page.request, DEMO.agent.name);
    await queues.toggleAgent(danaId);
    await expect(queues.waitingPanel({ agentId: danaId })).toBeVisible();
    await queues.setWorkSettings({ cap: "0" });
    await expect(queues.workSettingsError("cap")).toBeVisible();
    await expect(page.getByTestId("trend")).toContainText("Waiting conversations over time");
    await expectNoSeriousViolation(page);
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: PHONE, storageState: AUTH_STATE.supervisor });
  test.beforeEach(async ({ page }) => waitForMirror(page.request));

  test("each agent is a card whose figures are named and on screen, and their waiting list opens inside it", async ({ page }) => {
    const queues = new QueuesPage(page);
    await queues.goto();
    const { agents } = await fetchQueues(page.request);
    for (const agent of agents) {
      for (const column of ["availability", ...AGENT_COUNT_COLUMNS] as const) {
        const span = await queues.agentCell(agent.id, column).evaluate((el) => ({ left: el.getBoundingClientRect().left, right: el.getBoundingClientRect().right, width: window.innerWidth }));
        expect(span.left, `${agent.name} ${column}`).toBeGreaterThanOrEqual(0);
        expect(span.right, `${agent.name} ${column}`).toBeLessThanOrEqual(span.width);
      }
    }
    const dana = agents.find((a) => a.name === DEMO.agent.name)!;
    expect(await queues.agentCell(dana.id, "waiting").evaluate((el) => getComputedStyle(el, "::before").content)).toBe('"Waiting on them"');
    await queues.toggleAgent(dana.id);
    await expect(queues.waitingPanel({ agentId: dana.id })).toBeVisible();
    await expectLayoutFits(page);
  });
});

test.describe("as an agent", () => {
  test.use({ storageState: AUTH_STATE.agent });

  test("reassignAction refuses an agent, and nothing moves", async ({ page, browser }) => {
    const supervisor = await browser.newContext({ storageState: AUTH_STATE.supervisor });
    try {
      await waitForMirror(supervisor.request);
      const { channel, id } = await newWaitingConversation(supervisor.request);
      const danaId = await agentIdOf(supervisor.request, DEMO.agent.name);
      const refused = await callAction(page.request, actionId(...REASSIGN), [{ conversationIds: [id], assigneeId: danaId }]);
      expect(refused).toMatchObject({ ok: false, code: "forbidden" });
      expect((refused as { message: string }).message).toMatch(/\w/);
      const waiting = (await (await supervisor.request.get(`/api/supervisor/queues/${channel.channelId}/waiting`)).json()) as { conversations: { id: number; assignee: unknown }[] };
      expect(waiting.conversations.find((c) => c.id === id)?.assignee).toBeNull();
      // Nor may an agent read another's waiting list.
      expect((await page.request.get(`/api/supervisor/agents/${danaId}/waiting`)).status()).toBe(403);
    } finally {
      await supervisor.close();
    }
  });
});
