import { expect, test } from "@playwright/test";
import { AUTH_STATE } from "./pages/login-page";
import { customerWrites, InboxPage } from "./pages/inbox-page";

test.use({ storageState: AUTH_STATE.agent });

test("customer text that looks like markup or a script link stays inert text", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const marker = `xss-${Date.now().toString(36)}`;
  const safeLink = `https://example.com/help?ref=${marker}`;
  const evil = `<img src=x onerror=alert(1)> ${marker} javascript:alert(1) <a href="javascript:alert(2)">click</a> ${safeLink}`;
  const destination = await customerWrites(evil);
  const inbox = new InboxPage(page);
  await inbox.goto();
  await expect(inbox.row(destination)).toBeVisible({ timeout: 15_000 });
  await expect(inbox.row(destination).getByTestId("conversation-preview")).toHaveText(evil);
  await inbox.open(destination);

  const message = inbox.messages().filter({ hasText: marker });
  await expect(message).toBeVisible();
  await expect(message.getByTestId("message-text")).toHaveText(evil);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('[href^="javascript:"]')).toHaveCount(0);
  // Only the https URL became a link, and it opens without handing over the page.
  const links = message.locator("a");
  await expect(links).toHaveCount(1);
  await expect(links).toHaveAttribute("href", safeLink);
  await expect(links).toHaveAttribute("target", "_blank");
  await expect(links).toHaveAttribute("rel", "noopener noreferrer");

  await message.getByText("javascript:alert(1)", { exact: false }).first().click();
  await page.waitForTimeout(500);
  expect(dialogs).toBe(0);
});
