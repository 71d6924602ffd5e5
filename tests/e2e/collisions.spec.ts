import { expect, test } from "@playwright/test";
import { AUTH_STATE } from "./pages/login-page";
import { customerWrites, InboxPage, unique } from "./pages/inbox-page";

/*
 * Two people on one conversation: each sees the other viewing (in the thread and on the list
 * row) and typing; when one replies, the other is asked before sending a second answer.
 */
test("two browsers on one conversation see each other, and the second sender is asked first", async ({ browser }) => {
  // Two signed-in browsers and a presence beat each way: 24 s here, more on a slower machine.
  test.setTimeout(60_000);
  const destination = await customerWrites(unique("Is anyone there?"));
  const danaContext = await browser.newContext({ storageState: AUTH_STATE.agent });
  const samContext = await browser.newContext({ storageState: AUTH_STATE.supervisor });
  try {
    const dana = new InboxPage(await danaContext.newPage());
    const sam = new InboxPage(await samContext.newPage());
    for (const inbox of [dana, sam]) {
      await inbox.goto();
      await expect(inbox.row(destination)).toBeVisible({ timeout: 20_000 });
      await inbox.open(destination);
    }
    await expect(dana.thread().getByTestId("thread-presence")).toHaveText("Sam Supervisor is viewing", { timeout: 10_000 });
    await expect(sam.thread().getByTestId("thread-presence")).toHaveText("Dana Agent is viewing", { timeout: 10_000 });
    await expect(sam.row(destination).getByTestId("conversation-presence")).toContainText("Dana Agent");

    // Sam starts writing; Dana sees it.
    await sam.composer().fill("Let me check that for you");
    await expect(dana.thread().getByTestId("thread-presence")).toHaveText("Sam Supervisor is typing a reply", { timeout: 10_000 });

    // Dana answers first; Sam, still with the draft, is asked before sending a second answer.
    const danas = unique("Hi! I am on it");
    await dana.reply(danas);
    await expect(sam.messages().filter({ hasText: danas })).toHaveCount(1, { timeout: 20_000 });
    await expect(sam.page.getByTestId("composer-caution")).toContainText("Dana Agent replied");
    await sam.composer().press("Enter");
    await expect(sam.page.getByTestId("composer-confirm")).toBeVisible();
    await expect(sam.composer()).toHaveValue("Let me check that for you");
    await sam.page.getByTestId("composer-confirm-cancel").click();
    await expect(sam.composer()).toHaveValue("Let me check that for you");

    // Dana leaves: Sam sees her go.
    await dana.page.goto("/inbox");
    await expect(sam.thread().getByTestId("thread-presence")).toHaveCount(0, { timeout: 15_000 });
  } finally {
    await danaContext.close();
    await samContext.close();
  }
});
