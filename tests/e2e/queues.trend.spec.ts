import { expect, test } from "@playwright/test";
import { AUTH_STATE } from "./pages/login-page";
import { QueuesPage, waitForMirror } from "./pages/queues-page";

test.use({ storageState: AUTH_STATE.supervisor });
test.beforeEach(async ({ page }) => waitForMirror(page.request));

test("the trend chart draws a line per channel, over the last hour or day", async ({ page }) => {
  test.setTimeout(90_000);
  const queues = new QueuesPage(page);
  // A fresh server may not have its first sample yet; samples come once a minute.
  await expect
    .poll(async () => ((await (await page.request.get("/api/supervisor/trend?range=1h")).json()) as { points: unknown[] }).points.length, {
      timeout: 70_000,
      intervals: [1_000, 2_000, 5_000],
    })
    .toBeGreaterThan(0);
  await queues.goto();
  const chart = page.getByTestId("trend-chart");
  await expect(chart.locator("svg path.recharts-line-curve").first()).toBeAttached();
  await expect(chart.locator("svg path.recharts-line-curve")).toHaveCount(5);
  await expect(chart.locator(".recharts-legend-item")).toHaveCount(5);

  const day = page.getByTestId("trend-range-24h");
  await day.click();
  await expect(day).toHaveAttribute("aria-pressed", "true");
  await expect(chart).toHaveAttribute("data-range", "24h");
  await expect(chart.locator("svg path.recharts-line-curve").first()).toBeAttached();
});

test("the trend says so when there are no samples yet", async ({ page }) => {
  await page.route("**/api/supervisor/trend?*", (route) => route.fulfill({ json: { range: "1h", channels: [], points: [] } }));
  await new QueuesPage(page).goto();
  await expect(page.getByTestId("trend-empty")).toContainText("No samples yet");
  await expect(page.getByTestId("trend-chart")).toHaveCount(0);
});
