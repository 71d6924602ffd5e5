import { expect, test } from "@playwright/test";
import { AUTH_STATE } from "./pages/login-page";
import { customerWrites, InboxPage } from "./pages/inbox-page";

test.use({ storageState: AUTH_STATE.agent });

/*
 * Search finds what a customer wrote however it is typed, shows the message that matched with
 * the match marked, and opens the thread at that message, even when it is pages back.
 */
test("a search result shows the matching message marked, and opens the thread at it", async ({ page }) => {
  const token = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const start = Date.now() - 3 * 3_600_000;
  const destination = await customerWrites(`¿Tenéis la lámpara ${token} en negro?`, undefined, new Date(start));
  // Sixty later messages: the match is not on the thread's first page.
  for (let i = 1; i <= 60; i++) await customerWrites(`Sigo esperando una respuesta, mensaje ${i}`, destination, new Date(start + i * 60_000));

  const inbox = new InboxPage(page);
  await inbox.goto();
  await inbox.search(`LAMPARA ${token}`);
  const row = inbox.row(destination);
  await expect(row).toBeVisible({ timeout: 20_000 });
  await expect(row.getByTestId("conversation-match")).toContainText(`¿Tenéis la lámpara ${token} en negro?`);
  await expect(row.getByTestId("search-highlight")).toHaveText(`lámpara ${token}`);

  await row.click();
  await expect(page).toHaveURL(/[?&]m=\d+/);
  const focused = inbox.thread().locator("[data-testid='message'][data-focused='true']");
  await expect(focused).toBeVisible({ timeout: 15_000 });
  await expect(focused.getByTestId("search-highlight")).toHaveText(`lámpara ${token}`);
  await expect(focused).toBeInViewport();
  // The customer's language, told from what they wrote, named in the agent's language.
  await expect(inbox.thread().getByTestId("customer-language")).toHaveAttribute("data-language", "es");
});
