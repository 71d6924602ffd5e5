import { expect, test, type Page } from "@playwright/test";
import { AUTH_STATE } from "./pages/login-page";
import { customerWrites, InboxPage, unique } from "./pages/inbox-page";

/*
 * Issue 14, point 6: the composer's counter near the 4,096 limit, Esc in the attach form, and
 * "Mark unread" that leaves the thread open.
 */

test.use({ storageState: AUTH_STATE.agent });

async function openFresh(page: Page) {
  const destination = await customerWrites(unique("A question about sizes."));
  const inbox = new InboxPage(page);
  await inbox.goto();
  await expect(inbox.row(destination)).toBeVisible({ timeout: 15_000 });
  await inbox.open(destination);
  return { inbox, destination };
}

test("a character counter shows from 90% of the limit, before any Enter, and is said politely", async ({ page }) => {
  const { inbox } = await openFresh(page);
  const counter = page.getByTestId("composer-counter");
  const spoken = page.getByTestId("composer-counter-spoken");
  await expect(spoken).toHaveAttribute("aria-live", "polite");
  await inbox.composer().fill("x".repeat(3_686));
  await expect(counter).toHaveCount(0);
  await inbox.composer().pressSequentially("y");
  await expect(counter).toHaveText("3,687 / 4,096");
  await expect(spoken).toHaveText("409 characters left");
  await inbox.composer().fill("x".repeat(4_100));
  await expect(counter).toHaveText("4,100 / 4,096");
  await expect(counter).toHaveAttribute("data-over", "true");
  await expect(spoken).toHaveText("4 characters over the limit");
  await expect(inbox.pending()).toHaveCount(0);
  await inbox.composer().fill("");
  await expect(counter).toHaveCount(0);
});

test("Esc leaves the attach form, not the conversation, and reopening it shows what was typed", async ({ page }) => {
  const { inbox } = await openFresh(page);
  const fileUrl = `https://files.example.com/e2e/${Date.now().toString(36)}.pdf`;
  await page.getByTestId("attach-toggle").click();
  await page.getByTestId("attach-type").selectOption("document");
  await page.getByTestId("attach-file-url").fill(fileUrl);
  await page.getByTestId("attach-caption").fill("The invoice");
  await page.getByTestId("attach-caption").press("Escape");
  await expect(page.getByTestId("attach-form")).toHaveCount(0);
  await expect(inbox.thread()).toBeVisible();
  await expect(page.getByTestId("attach-toggle")).toBeFocused();
  await page.getByTestId("attach-toggle").click();
  await expect(page.getByTestId("attach-type")).toHaveValue("document");
  await expect(page.getByTestId("attach-file-url")).toHaveValue(fileUrl);
  await expect(page.getByTestId("attach-caption")).toHaveValue("The invoice");
});

test("Mark unread keeps the thread open, and the open thread does not mark it seen again", async ({ page }) => {
  const { inbox, destination } = await openFresh(page);
  const id = await inbox.idOf(destination);
  const badge = inbox.row(destination).getByTestId("conversation-unread");
  await expect(badge).toHaveCount(0);
  // The thread's poll that shows it unread is what would have it marked seen again: wait for it.
  const unreadThread = page.waitForResponse(
    async (response) =>
      response.url().includes(`/api/conversations/${id}/messages`) && response.status() === 200 && ((await response.json()) as { conversation: { unreadCount: number } }).conversation.unreadCount > 0,
  );
  await page.getByTestId("thread-menu").click();
  await page.getByTestId("mark-unread").click();
  await unreadThread;
  await expect(badge).toBeVisible({ timeout: 10_000 });
  // Two list polls later it is still unread, and still open.
  for (let i = 0; i < 2; i++) await page.waitForResponse((response) => response.url().includes("/api/inbox?"));
  await expect(badge).toBeVisible();
  await expect(inbox.thread()).toHaveAttribute("data-conversation-id", String(id));
});
