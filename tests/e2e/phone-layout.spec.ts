import { expect, test } from "@playwright/test";
import { AUTH_STATE } from "./pages/login-page";
import { customerWrites } from "./pages/inbox-page";
import { openConversation } from "./pages/media";
import { expectLayoutFits, PHONE } from "./pages/layout-checks";
import { fetchQueues, QueuesPage, waitForMirror } from "./pages/queues-page";

/*
 * The app on a 390x844 phone, checked as a screenshot would be looked at: nothing outside the
 * viewport, nothing on top of anything else, and the work (not the bars) taking the height.
 */

test.use({ viewport: PHONE, storageState: AUTH_STATE.supervisor });
test.beforeEach(async ({ page }) => waitForMirror(page.request));

test("the app's bar is one compact row", async ({ page }) => {
  await page.goto("/supervisor/queues");
  const header = page.getByTestId("app-header");
  const box = await header.boundingBox();
  expect(box?.height).toBeLessThanOrEqual(52);
  // Its parts share one row: every visible control's middle lies within the bar's height.
  const middles = await header.locator("a, button, [data-testid=sandbox-badge]").evaluateAll((els) =>
    els
      .map((el) => el.getBoundingClientRect())
      // What is on screen (not the skip link, a pixel wide until focused).
      .filter((r) => r.width > 1 && r.height > 1)
      .map((r) => (r.top + r.bottom) / 2),
  );
  expect(middles.length).toBeGreaterThanOrEqual(5);
  for (const middle of middles) expect(Math.abs(middle - (box!.y + box!.height / 2))).toBeLessThan(6);
  await expectLayoutFits(page, "[data-testid=app-header]");

  // Name and sign-out wait behind the account button.
  await page.getByTestId("account-button").click();
  const panel = page.getByTestId("account-panel");
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("Sam Supervisor");
  await expect(panel.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
});

test("the queues are cards: every figure of every channel on screen, nothing cut or covered", async ({ page }) => {
  const queues = new QueuesPage(page);
  await queues.goto();
  const api = await fetchQueues(page.request);
  // Across the screen without scrolling sideways: each cell lies between the viewport's edges.
  for (const channel of api.channels) {
    for (const column of ["state", "unreadConversations", "waitingConversations", "oldestWait", "overdueConversations"] as const) {
      const span = await queues.cell(channel.channelId, column).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, width: window.innerWidth };
      });
      expect(span.left, `${channel.name} ${column}`).toBeGreaterThanOrEqual(0);
      expect(span.right, `${channel.name} ${column}`).toBeLessThanOrEqual(span.width);
    }
  }
  // A card names each figure, since there is no column heading above it.
  const first = api.channels[0]!;
  expect(await queues.cell(first.channelId, "waitingConversations").evaluate((el) => getComputedStyle(el, "::before").content)).toBe('"Waiting"');
  await expectLayoutFits(page);
  // Sorting still works from the row of sort buttons.
  await queues.sortButton("Channel").click();
  await expect(queues.header("Channel")).toHaveAttribute("aria-sort", "ascending");
  await expectLayoutFits(page);
});

test("a channel's waiting list opens inside its card", async ({ page }) => {
  const queues = new QueuesPage(page);
  await queues.goto();
  const busiest = [...(await fetchQueues(page.request)).channels].sort((a, b) => b.waitingConversations - a.waitingConversations)[0]!;
  await queues.toggle(busiest.channelId);
  await expect(queues.waitingList(busiest.channelId)).toBeVisible();
  await expectLayoutFits(page);
});

test("the team page shows each agent as a card with its action on screen", async ({ page }) => {
  await page.goto("/supervisor/team");
  const row = page.getByTestId("team-row-agent@demo.local");
  await expect(row).toBeVisible();
  const action = row.getByRole("button", { name: /Deactivate|Reactivate/ });
  await expect(action).toBeInViewport({ ratio: 1 });
  await expectLayoutFits(page);
});

test("the inbox on a phone: list, channels and an open thread fit, and the thread keeps the height", async ({ page }) => {
  await page.goto("/inbox");
  await expect(page.getByTestId("conversation-row").first()).toBeVisible();
  await expectLayoutFits(page);

  await page.getByTestId("channels-toggle").click();
  await expect(page.getByTestId("channel-list")).toBeVisible();
  await expectLayoutFits(page);

  const destination = await customerWrites("Hello from a phone test");
  await openConversation(page, destination);
  await expect(page.getByTestId("message").last()).toBeVisible();
  await expectLayoutFits(page);
  // The bars above the thread: the app's row and the inbox's row, one line each.
  const appBar = (await page.getByTestId("app-header").boundingBox())!;
  const inboxBar = (await page.getByTestId("channels-toggle").locator("xpath=..").boundingBox())!;
  expect(appBar.height).toBeLessThanOrEqual(52);
  expect(inboxBar.height).toBeLessThanOrEqual(48);
});
