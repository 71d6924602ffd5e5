import { expect, test, type APIRequestContext } from "@playwright/test";
import { actionId, callAction } from "./pages/actions";
import { AUTH_STATE, DEMO } from "./pages/login-page";
import { customerWrites, InboxPage, unique } from "./pages/inbox-page";

async function teammateId(request: APIRequestContext, name: string): Promise<string> {
  const { teammates } = (await (await request.get("/api/teammates")).json()) as { teammates: { id: string; name: string }[] };
  const found = teammates.find((person) => person.name === name);
  if (!found) throw new Error(`No teammate ${name}`);
  return found.id;
}

async function unreadOf(request: APIRequestContext, id: number): Promise<number> {
  return ((await (await request.get(`/api/conversations/${id}/messages`)).json()) as { conversation: { unreadCount: number } }).conversation.unreadCount;
}

test("a supervisor gives a waiting conversation to an agent, who sees it in Mine without reloading; the supervisor's look clears nothing", async ({ browser }) => {
  const agentContext = await browser.newContext({ storageState: AUTH_STATE.agent });
  const supervisorContext = await browser.newContext({ storageState: AUTH_STATE.supervisor });
  try {
    const agent = new InboxPage(await agentContext.newPage());
    await agent.goto("?view=mine");
    await expect(agent.tab("Mine")).toHaveAttribute("aria-selected", "true");

    const destination = await customerWrites(unique("Hello? I have been waiting."));
    const supervisor = new InboxPage(await supervisorContext.newPage());
    await supervisor.goto();
    await expect(supervisor.row(destination)).toBeVisible({ timeout: 15_000 });
    const id = await supervisor.idOf(destination);

    // A supervisor looking is not "on it": the unread count stays for the agents.
    const look = supervisor.page.waitForResponse((response) => response.request().method() === "POST" && Boolean(response.request().headers()["next-action"]));
    await supervisor.open(destination);
    await look;
    expect(await unreadOf(supervisor.page.request, id)).toBe(1);
    await expect(supervisor.row(destination).getByTestId("conversation-unread")).toHaveAttribute("data-count", "1");

    await supervisor.assignTo(DEMO.agent.name);
    await expect(supervisor.notice()).toHaveText(`1 conversation assigned to ${DEMO.agent.name}.`);
    await expect(supervisor.threadAssignee()).toHaveText(`Assigned to ${DEMO.agent.name}`);
    await expect(supervisor.events().filter({ hasText: `${DEMO.supervisor.name} assigned this to ${DEMO.agent.name}` })).toBeVisible();

    // The agent's list follows by its poll.
    await expect(agent.row(destination)).toBeVisible({ timeout: 15_000 });
    await expect(agent.rowAssignee(destination)).toHaveText(DEMO.agent.name);

    // The supervisor can still mark it read, from the thread's menu.
    await supervisor.page.getByTestId("thread-menu").click();
    await supervisor.page.getByTestId("mark-read").click();
    await expect(supervisor.notice()).toHaveText("1 conversation marked read.");
    await expect.poll(() => unreadOf(supervisor.page.request, id)).toBe(0);
  } finally {
    await agentContext.close();
    await supervisorContext.close();
  }
});

test("reassignAction refuses an agent (forbidden) and serves a supervisor", async ({ browser }) => {
  const destination = await customerWrites(unique("Who is handling this?"));
  const agentContext = await browser.newContext({ storageState: AUTH_STATE.agent });
  const supervisorContext = await browser.newContext({ storageState: AUTH_STATE.supervisor });
  try {
    const agent = new InboxPage(await agentContext.newPage());
    await agent.goto();
    await expect(agent.row(destination)).toBeVisible({ timeout: 15_000 });
    const id = await agent.idOf(destination);
    const reassign = actionId("lib/inbox/work-actions.ts", "reassignAction");
    const danaId = await teammateId(agentContext.request, DEMO.agent.name);

    const refused = await callAction(agentContext.request, reassign, [{ conversationIds: [id], assigneeId: danaId }]);
    expect(refused).toMatchObject({ ok: false, code: "forbidden" });
    await expect(agent.rowAssignee(destination)).toHaveText("Unassigned");

    // The same call by a supervisor goes through: the refusal was the role's, not the call's.
    const served = await callAction(supervisorContext.request, reassign, [{ conversationIds: [id], assigneeId: danaId }]);
    expect(served).toEqual({ ok: true, data: { changed: 1 } });
    await expect(agent.rowAssignee(destination)).toHaveText(DEMO.agent.name, { timeout: 15_000 });
  } finally {
    await agentContext.close();
    await supervisorContext.close();
  }
});
