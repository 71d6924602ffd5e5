import { expect, test } from "@playwright/test";
import { AUTH_STATE } from "./pages/login-page";
import { customerWrites, InboxPage, sandbox, sandboxChat, unique } from "./pages/inbox-page";

/*
 * Issue 14, point 2: during an outage a reply Afilnet never answered can be discarded (its
 * text goes back into the draft); it is still checked once Afilnet answers again, and had it
 * gone out after all, it shows in the thread. It is never sent again.
 */

test.use({ storageState: AUTH_STATE.agent });
test.setTimeout(90_000);

test("an unconfirmed reply during an outage offers Discard, gives its text back, and shows in the thread if it went out", async ({ page }) => {
  const destination = await customerWrites(unique("Is anyone there?"));
  const inbox = new InboxPage(page);
  await inbox.goto();
  await expect(inbox.row(destination)).toBeVisible({ timeout: 15_000 });
  await inbox.open(destination);
  const text = unique("Yes, we are looking into it.");
  const send = inbox.pending().filter({ hasText: text });

  // Every call is carried out and its answer lost: the reply reaches the customer, but neither
  // the send nor the sync hears back.
  await sandbox("faults", { body: { kind: "http500", when: "after" } });
  try {
    await inbox.reply(text);
    await expect(send).toHaveAttribute("data-state", "unconfirmed", { timeout: 20_000 });
    await expect(send.getByTestId("pending-unconfirmed-hint")).toContainText("checked once Afilnet answers again");
    await expect(send.getByTestId("pending-unconfirmed-hint")).toContainText("shows up in this conversation");
    await send.getByTestId("pending-discard").click();
    await expect(inbox.composer()).toHaveValue(text);
    await expect(send).toHaveCount(0);
    await expect(inbox.row(destination).getByTestId("conversation-send-trouble")).toHaveCount(0, { timeout: 10_000 });
  } finally {
    await sandbox("faults", { method: "DELETE" });
  }

  // Afilnet answers again: the sync finds the reply that did go out, and the thread shows it.
  await expect(inbox.messages().filter({ hasText: text })).toBeVisible({ timeout: 45_000 });
  await expect(inbox.pending()).toHaveCount(0);
  expect((await sandboxChat(destination)).messages.filter((m) => m.direction === "out" && m.text === text)).toHaveLength(1);
  await inbox.composer().fill("");
});
