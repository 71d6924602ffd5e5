import { expect, test, type Page } from "@playwright/test";
import type { InboxResponse } from "../../lib/contract/inbox";
import { AUTH_STATE } from "./pages/login-page";
import { DESKTOP, expectLayoutFits, PHONE } from "./pages/layout-checks";

/*
 * Channel names in the inbox's sidebar are shown whole (wrapped, never cut), with a tooltip:
 * "Lumen Home · WhatsApp Support" and "Lumen Home · WhatsApp Sales" must never both read
 * "Lumen Home · Wha…".
 */

test.use({ storageState: AUTH_STATE.agent });

async function expectWholeNames(page: Page) {
  const { channels } = (await (await page.request.get("/api/inbox?limit=1")).json()) as InboxResponse;
  expect(channels.length).toBeGreaterThanOrEqual(2);
  const shown: string[] = [];
  for (const channel of channels) {
    const entry = page.getByTestId(`channel-${channel.id}`);
    const name = entry.getByTestId("channel-name");
    await expect(name).toHaveText(channel.name);
    await expect(entry).toHaveAttribute("title", new RegExp(`^${channel.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    // Nothing of the name is hidden: no ellipsis, no clipped overflow, every line inside the entry.
    const cut = await name.evaluate((el) => {
      const style = getComputedStyle(el);
      return style.textOverflow === "ellipsis" || el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
    });
    expect(cut, channel.name).toBe(false);
    shown.push(await name.evaluate((el) => (el as HTMLElement).innerText));
  }
  // Every channel reads differently from every other.
  expect(new Set(shown).size).toBe(channels.length);
}

test("on a desktop the sidebar shows every channel's whole name", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto("/inbox");
  await expect(page.getByTestId("channel-list")).toBeVisible();
  await expectWholeNames(page);
  await expectLayoutFits(page, "[data-testid=channel-list]");
});

test("on a phone the channel list shows every channel's whole name, and fits", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/inbox");
  await page.getByTestId("channels-toggle").click();
  await expect(page.getByTestId("channel-list")).toBeVisible();
  await expectWholeNames(page);
  await expectLayoutFits(page);
});
