import { expect, test } from "@playwright/test";
import { AUTH_STATE } from "./pages/login-page";
import { customerWrites, InboxPage, unique } from "./pages/inbox-page";

test.use({ storageState: AUTH_STATE.agent });

test("alerts are off until clicked on, are remembered, and a new message plays the tone", async ({ page }) => {
  // Counts notes started and permission requests, without changing what the page does.
  await page.addInitScript(() => {
    const counts = { notes: 0, permissionAsked: 0 };
    Object.assign(window, { __alerts: counts });
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (...args: Parameters<typeof start>) {
      counts.notes += 1;
      return start.apply(this, args);
    };
    if ("Notification" in window) {
      const ask = Notification.requestPermission.bind(Notification);
      Notification.requestPermission = (...args: Parameters<typeof ask>) => {
        counts.permissionAsked += 1;
        return ask(...args);
      };
    }
  });
  const counts = () => page.evaluate(() => (window as unknown as { __alerts: { notes: number; permissionAsked: number } }).__alerts);
  const inbox = new InboxPage(page);
  await inbox.goto();
  await expect(inbox.rows().first()).toBeVisible();
  const toggle = page.getByTestId("alerts-toggle");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  expect(await counts()).toEqual({ notes: 0, permissionAsked: 0 });

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  expect((await counts()).permissionAsked).toBe(1);
  await page.reload();
  await expect(page.getByTestId("alerts-toggle")).toHaveAttribute("aria-pressed", "true");
  await expect(inbox.rows().first()).toBeVisible();
  expect(await counts()).toEqual({ notes: 0, permissionAsked: 0 });

  // The agent's first interaction after the reload wakes the audio; a new message plays.
  await page.mouse.click(5, 5);
  const destination = await customerWrites(unique("Ding?"));
  await expect(inbox.row(destination)).toBeVisible({ timeout: 15_000 });
  await expect.poll(async () => (await counts()).notes).toBeGreaterThan(0);
  await page.getByTestId("alerts-toggle").click();
  await expect(page.getByTestId("alerts-toggle")).toHaveAttribute("aria-pressed", "false");
});
