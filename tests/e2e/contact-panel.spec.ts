import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolation } from "./pages/layout-checks";
import { AUTH_STATE } from "./pages/login-page";
import { customerWrites, InboxPage, unique } from "./pages/inbox-page";

test.use({ storageState: AUTH_STATE.agent });

/*
 * The contact panel: a name anyone on the team gives a customer shows instead of the raw
 * destination in the list and the thread (which stays in the panel), and is found by search.
 */
test("a name given in the contact panel shows in the list and the thread, and search finds it", async ({ page }) => {
  const destination = await customerWrites(unique("Hello, I need help with my order"));
  const name = `Lucía ${Date.now().toString(36)}`;
  const inbox = new InboxPage(page);
  await inbox.goto();
  await expect(inbox.row(destination)).toBeVisible({ timeout: 20_000 });
  await inbox.open(destination);

  await page.getByTestId("contact-toggle").click();
  const panel = page.getByTestId("contact-panel");
  await expect(panel.getByTestId("contact-destination")).toHaveText(destination);
  await expectNoSeriousA11yViolation(page, "contact panel");
  await panel.getByTestId("contact-name").fill(name);
  await panel.getByTestId("contact-note").fill("Prefers mornings.");
  await panel.getByTestId("contact-save").click();
  await expect(panel.getByTestId("contact-outcome")).toHaveText("Saved for the whole team.");

  await expect(page.getByTestId("thread-contact")).toHaveText(name);
  await expect(inbox.row(name)).toBeVisible();
  await expect(panel.getByTestId("contact-destination")).toHaveText(destination);

  // Found by the name as a person would type it: no accent, any case.
  await inbox.search(name.replace("Lucía", "LUCIA"));
  await expect(inbox.rows()).toHaveCount(1);
  await expect(inbox.row(name)).toBeVisible();
});
