import { expect, test, type Page } from "@playwright/test";
import { explainAfilnetCode } from "../../lib/contract/afilnet";
import { AUTH_STATE, DEMO } from "./pages/login-page";
import { customerWrites, InboxPage, sandbox, sandboxChat, unique } from "./pages/inbox-page";

test.use({ storageState: AUTH_STATE.agent });

async function openFresh(page: Page) {
  const destination = await customerWrites(unique("Thanks, that is all."));
  const inbox = new InboxPage(page);
  await inbox.goto();
  await expect(inbox.row(destination)).toBeVisible({ timeout: 15_000 });
  await inbox.open(destination);
  return { inbox, destination };
}

/** The bodies of the resolve actions the page asks for. */
function resolvesAsked(page: Page): string[] {
  const asked: string[] = [];
  page.on("request", (request) => {
    const body = request.postData() ?? "";
    if (request.method() === "POST" && request.headers()["next-action"] && body.includes('"resolve"')) asked.push(body);
  });
  return asked;
}

test("Ctrl+Enter sends the reply, then resolves the conversation once the send is accepted", async ({ page }) => {
  const { inbox, destination } = await openFresh(page);
  const reply = unique("Glad to help, goodbye!");
  await inbox.composer().fill(reply);
  await inbox.composer().press("Control+Enter");
  await expect(inbox.composer()).toHaveValue("");
  await expect(inbox.threadStatus()).toHaveAttribute("data-status", "resolved", { timeout: 10_000 });
  expect((await sandboxChat(destination)).messages.filter((m) => m.direction === "out" && m.text === reply)).toHaveLength(1);
  await expect(inbox.messages().filter({ hasText: reply })).toBeVisible({ timeout: 10_000 });
  await expect(inbox.events().filter({ hasText: `${DEMO.agent.name} resolved this` })).toBeVisible();
  // Resolved, it has left the list of open conversations.
  await expect(inbox.row(destination)).toHaveCount(0);
});

test("a send refused by Afilnet resolves nothing, and its text can be taken back", async ({ page }) => {
  const { inbox } = await openFresh(page);
  const asked = resolvesAsked(page);
  const reply = unique("We will refund you.");
  const send = inbox.pending().filter({ hasText: reply });
  await sandbox("faults", { body: { kind: "code", code: "NO_CREDITS", methods: ["sendmessage"] } });
  try {
    await inbox.composer().fill(reply);
    await page.getByRole("button", { name: "Send and resolve", exact: true }).click();
    // The send's answer has come: a resolve chained to it would already have been asked for.
    await expect(send).toHaveAttribute("data-state", "failed", { timeout: 10_000 });
    await expect(send.getByTestId("pending-reason")).toHaveText(explainAfilnetCode("NO_CREDITS"));
  } finally {
    await sandbox("faults", { method: "DELETE" });
  }
  expect(asked).toEqual([]);
  await expect(inbox.threadStatus()).toHaveAttribute("data-status", "open");
  await send.getByTestId("pending-edit").click();
  await expect(inbox.composer()).toHaveValue(reply);
});
