import { expect, test } from "@playwright/test";
import { AUTH_STATE } from "./pages/login-page";
import { QueuesPage, SANDBOX, waitForMirror } from "./pages/queues-page";

test.use({ storageState: AUTH_STATE.supervisor });
test.beforeEach(async ({ page }) => waitForMirror(page.request));

test("a failing sync shows a banner with the last good sync and the reason, and it goes when the sync recovers", async ({ page }) => {
  const queues = new QueuesPage(page);
  await queues.goto();
  const banner = page.getByTestId("queues-sync-banner");
  await expect(banner).toHaveCount(0);
  try {
    // Every call fails (reads are retried, so a limited count could be absorbed by the retries).
    const fault = await page.request.post(`${SANDBOX}/_sandbox/faults`, { data: { kind: "http500" } });
    expect(fault.status()).toBe(200);
    await expect(banner).toBeVisible({ timeout: 10_000 });
    await expect(banner).toHaveAttribute("data-state", "degraded");
    await expect(banner).toContainText("The sync with Afilnet is having trouble.");
    await expect(banner).toContainText("Figures are from the last good sync");
    await expect(banner).toContainText("Reason:");
    await expect(queues.table()).toBeVisible();

    await page.request.delete(`${SANDBOX}/_sandbox/faults`);
    await expect(banner).toHaveCount(0, { timeout: 20_000 });
  } finally {
    await page.request.delete(`${SANDBOX}/_sandbox/faults`);
  }
});
