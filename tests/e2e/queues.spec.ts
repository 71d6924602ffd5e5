import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { AUTH_STATE } from "./pages/login-page";
import { COUNT_COLUMNS, customerWrites, fetchQueues, QueuesPage, waitForMirror } from "./pages/queues-page";

const STATE_WORDS = { within: "Within threshold", near: "Near threshold", past: "Past threshold" } as const;

test.describe("as a supervisor", () => {
  test.use({ storageState: AUTH_STATE.supervisor });
  test.beforeEach(async ({ page }) => waitForMirror(page.request));

  test("the table shows a row per channel and a total, with the server's figures", async ({ page }) => {
    const queues = new QueuesPage(page);
    await queues.goto();
    const api = await fetchQueues(page.request);
    expect(api.channels).toHaveLength(5);
    await expect(queues.rows()).toHaveCount(5);
    await expect(page.getByTestId("queue-total")).toContainText("Total");
    await expect(page.getByTestId("queues-updated")).toHaveText(/^Updated \d{1,2}:\d{2}:\d{2}/);
    // Waits cross thresholds as time passes: compare against a fresh answer until both agree.
    await expect(async () => {
      const fresh = await fetchQueues(page.request);
      for (const channel of fresh.channels) {
        for (const column of COUNT_COLUMNS) await expect(queues.cell(channel.channelId, column)).toHaveText(String(channel[column]), { timeout: 500 });
        await expect(queues.cell(channel.channelId, "state")).toHaveText(STATE_WORDS[channel.state], { timeout: 500 });
      }
      for (const column of COUNT_COLUMNS) await expect(queues.cell("total", column)).toHaveText(String(fresh.total[column]), { timeout: 500 });
    }).toPass({ timeout: 15_000 });
  });

  test("sorting by a column changes the order and says so", async ({ page }) => {
    const queues = new QueuesPage(page);
    await queues.goto();
    const names = await queues.names();
    const ascending = [...names].sort((a, b) => a.localeCompare(b));

    await queues.sortButton("Channel").click();
    await expect(queues.header("Channel")).toHaveAttribute("aria-sort", "ascending");
    expect(await queues.names()).toEqual(ascending);
    await queues.sortButton("Channel").click();
    await expect(queues.header("Channel")).toHaveAttribute("aria-sort", "descending");
    expect(await queues.names()).toEqual([...ascending].reverse());

    await queues.sortButton("Unread messages").click();
    await expect(queues.header("Unread messages")).toHaveAttribute("aria-sort", "descending");
    await expect(queues.header("Channel")).not.toHaveAttribute("aria-sort", /.*/);
    const counts = await queues.rows().evaluateAll((rows) =>
      rows.map((row) => Number(row.querySelector("[data-testid$='-unreadMessages']")?.textContent)),
    );
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  test("a row opens its waiting conversations, longest wait first, each linking into the inbox", async ({ page }) => {
    const queues = new QueuesPage(page);
    await queues.goto();
    const api = await fetchQueues(page.request);
    const busiest = [...api.channels].sort((a, b) => b.waitingConversations - a.waitingConversations)[0]!;
    expect(busiest.waitingConversations).toBeGreaterThan(0);
    const waiting = (await (await page.request.get(`/api/supervisor/queues/${busiest.channelId}/waiting`)).json()) as { conversations: { id: number }[] };

    const toggle = page.getByTestId(`queue-toggle-${busiest.channelId}`);
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    const links = queues.waitingList(busiest.channelId).getByRole("link");
    await expect(links).toHaveCount(waiting.conversations.length);
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(waiting.conversations.map((c) => `/inbox?c=${c.id}`));

    await toggle.click();
    await expect(queues.waitingList(busiest.channelId)).toHaveCount(0);
  });

  test("a customer writing in updates the page without a reload", async ({ page }) => {
    const queues = new QueuesPage(page);
    await queues.goto();
    const channel = (await fetchQueues(page.request)).channels.find((c) => c.platform === "webchat")!;
    const waiting = queues.cell(channel.channelId, "waitingConversations");
    await expect(waiting).toHaveText(String(channel.waitingConversations));
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

    await customerWrites(page.request, channel, `wc-e2e-queues-${Date.now()}`);
    // The app syncs every 3 s and the page polls every 5 s.
    await expect(waiting).toHaveText(String(channel.waitingConversations + 1), { timeout: 12_000 });
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  });

  test("a failed refresh says so and keeps the last figures", async ({ page }) => {
    const queues = new QueuesPage(page);
    await queues.goto();
    const total = await queues.cell("total", "waitingConversations").textContent();
    await page.route("**/api/supervisor/queues?*", (route) =>
      route.fulfill({ status: 500, json: { error: "Something went wrong on the server. Try again.", code: "internal" } }),
    );
    // A tab coming back into view refetches at once, rather than at the next poll.
    await page.evaluate(() => window.dispatchEvent(new Event("visibilitychange")));
    await expect(page.getByTestId("queues-refresh-failed")).toContainText("Something went wrong on the server. Try again.", { timeout: 10_000 });
    await expect(queues.cell("total", "waitingConversations")).toHaveText(total ?? "");
    await page.unroute("**/api/supervisor/queues?*");
    await page.evaluate(() => window.dispatchEvent(new Event("visibilitychange")));
    await expect(page.getByTestId("queues-refresh-failed")).toHaveCount(0, { timeout: 10_000 });
  });

  test("the page has no serious accessibility violation", async ({ page }) => {
    const queues = new QueuesPage(page);
    await queues.goto();
    const first = (await fetchQueues(page.request)).channels.find((c) => c.waitingConversations > 0)!;
    await queues.toggle(first.channelId);
    await expect(queues.waitingList(first.channelId)).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
  });
});

test.describe("as an agent", () => {
  test.use({ storageState: AUTH_STATE.agent });

  test("the queues page and its data routes answer 403", async ({ page }) => {
    const response = await page.goto("/supervisor/queues");
    expect(response?.status()).toBe(403);
    await expect(page.getByTestId("forbidden")).toBeVisible();
    await expect(page.getByTestId("queues-table")).toHaveCount(0);
    for (const path of ["/api/supervisor/queues", "/api/supervisor/trend", "/api/supervisor/queues/1/waiting"]) {
      const answer = await page.request.get(path);
      expect(answer.status(), path).toBe(403);
      expect(await answer.json(), path).toMatchObject({ code: "forbidden" });
    }
  });
});
