import { expect, test } from "@playwright/test";
import { AUTH_STATE } from "./pages/login-page";
import { InboxPage, sandbox } from "./pages/inbox-page";

test.use({ storageState: AUTH_STATE.agent });

test("a failing sync is said plainly, with its reason, while the inbox keeps working", async ({ page }) => {
  const inbox = new InboxPage(page);
  await inbox.goto();
  await expect(inbox.rows().first()).toBeVisible();
  const banner = page.getByTestId("sync-banner");
  await expect(banner).toHaveCount(0);
  await sandbox("faults", { body: { kind: "http500", methods: ["getchats"] } });
  try {
    await expect(banner).toBeVisible({ timeout: 15_000 });
    await expect(banner).toHaveAttribute("data-state", /degraded|down/);
    await expect(banner.getByTestId("sync-error")).toContainText("getchats");
    await expect(banner).toContainText("Last good sync");
    // Still usable on what it has.
    await inbox.rows().first().click();
    await expect(inbox.messages().first()).toBeVisible();
  } finally {
    await sandbox("faults", { method: "DELETE" });
  }
  await expect(banner).toHaveCount(0, { timeout: 20_000 });
});
