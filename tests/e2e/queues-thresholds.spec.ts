import { expect, test } from "@playwright/test";
import { AUTH_STATE } from "./pages/login-page";
import { customerWrites, fetchQueues, QueuesPage, waitForMirror, type QueuesApi } from "./pages/queues-page";

test.use({ storageState: AUTH_STATE.supervisor });
test.beforeEach(async ({ page }) => waitForMirror(page.request));

/** Puts a channel's threshold back as it was: following the default, or its own minutes. */
async function restore(queues: QueuesPage, before: QueuesApi["channels"][number]) {
  await queues.goto();
  const form = queues.thresholdForm(before.channelId);
  if (before.thresholdOverridden) await queues.setThreshold(before.channelId, String(before.thresholdSeconds / 60));
  else if (await form.getByRole("button", { name: "Use the default" }).isVisible()) await form.getByRole("button", { name: "Use the default" }).click();
  await expect
    .poll(async () => (await fetchQueues(queues.page.request)).channels.find((c) => c.channelId === before.channelId)?.thresholdOverridden)
    .toBe(before.thresholdOverridden);
}

test("a channel's threshold sets the state its waiting conversations are in", async ({ page }) => {
  const queues = new QueuesPage(page);
  const before = (await fetchQueues(page.request)).channels.find((c) => c.platform === "telegram")!;
  const destination = `e2e-queues-${Date.now()}`;
  // A customer who has waited three minutes: within a 10-minute threshold, past a 1-minute one.
  await customerWrites(page.request, before, destination, new Date(Date.now() - 3 * 60_000));
  let conversationId = 0;
  await expect
    .poll(
      async () => {
        const waiting = (await (await page.request.get(`/api/supervisor/queues/${before.channelId}/waiting`)).json()) as {
          conversations: { id: number; destination: string }[];
        };
        conversationId = waiting.conversations.find((c) => c.destination === destination)?.id ?? 0;
        return conversationId;
      },
      { timeout: 10_000 },
    )
    .toBeGreaterThan(0);

  try {
    await queues.goto();
    await queues.toggle(before.channelId);
    const state = page.getByTestId(`waiting-state-${conversationId}`);

    await queues.setThreshold(before.channelId, "10");
    await expect(queues.thresholdForm(before.channelId)).toContainText("Saved.");
    await expect(page.getByTestId(`queue-row-${before.channelId}-threshold`)).toHaveText("Threshold 10 min");
    await expect(state).toHaveText("Within threshold");

    await queues.setThreshold(before.channelId, "1");
    await expect(page.getByTestId(`queue-row-${before.channelId}-threshold`)).toHaveText("Threshold 1 min");
    await expect(state).toHaveText("Past threshold");
    await expect(queues.cell(before.channelId, "state")).toHaveText("Past threshold");
    const after = (await fetchQueues(page.request)).channels.find((c) => c.channelId === before.channelId)!;
    expect(after).toMatchObject({ thresholdSeconds: 60, thresholdOverridden: true });
  } finally {
    await restore(queues, before);
  }
});

test("a bad threshold gets a clear sentence and nothing is saved", async ({ page }) => {
  const queues = new QueuesPage(page);
  const before = await fetchQueues(page.request);
  const channel = before.channels[0]!;
  await queues.goto();
  try {
    const cases: [string, string][] = [
      ["0", "A threshold must be at least 1 minute."],
      ["2000", "A threshold can be at most 1,440 minutes (one day)."],
      ["abc", "Give the threshold in whole minutes."],
      ["2.5", "Give the threshold in whole minutes."],
    ];
    for (const [value, sentence] of cases) {
      await queues.setThreshold("default", value);
      await expect(queues.thresholdError("default")).toHaveText(sentence);
      await expect(queues.thresholdForm("default").getByRole("textbox")).toHaveAttribute("aria-invalid", "true");
    }
    await queues.setThreshold(channel.channelId, "0");
    await expect(queues.thresholdError(channel.channelId)).toHaveText("A threshold must be at least 1 minute.");

    const after = await fetchQueues(page.request);
    expect(after.defaultThresholdSeconds).toBe(before.defaultThresholdSeconds);
    expect(after.channels.find((c) => c.channelId === channel.channelId)).toMatchObject({
      thresholdSeconds: channel.thresholdSeconds,
      thresholdOverridden: channel.thresholdOverridden,
    });
  } finally {
    // Only if the page wrongly saved something: put the default back.
    if ((await fetchQueues(page.request)).defaultThresholdSeconds !== before.defaultThresholdSeconds) {
      await queues.goto();
      await queues.setThreshold("default", String(before.defaultThresholdSeconds / 60));
    }
  }
});
