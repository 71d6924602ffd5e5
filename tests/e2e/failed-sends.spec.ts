import { expect, test, type Page } from "@playwright/test";
import { AUTH_STATE } from "./pages/login-page";
import { customerWrites, InboxPage, sandbox, sandboxChat, unique } from "./pages/inbox-page";

/*
 * Issue 14, point 1: a reply Afilnet refused is seen from the list, not only in its thread: its
 * row says so, the "Failed sends" filter counts and finds it, and the tab's title counts it,
 * until it is retried or discarded.
 */

test.use({ storageState: AUTH_STATE.agent });

async function openFresh(page: Page) {
  const destination = await customerWrites(unique("Where is my order?"));
  const inbox = new InboxPage(page);
  await inbox.goto();
  await expect(inbox.row(destination)).toBeVisible({ timeout: 15_000 });
  await inbox.open(destination);
  return { inbox, destination };
}

/** The filter's count; the filter shows only while some conversation has a failed or unconfirmed reply. */
async function failedCount(page: Page): Promise<number> {
  const filter = page.getByTestId("filter-failed");
  return (await filter.count()) === 0 ? 0 : Number(await filter.getAttribute("data-count"));
}

test("a refused reply marks its row, counts in the Failed sends filter and the tab title, until discarded", async ({ page }) => {
  const { inbox, destination } = await openFresh(page);
  const before = await failedCount(page);
  const text = unique("Your replacement ships Monday.");
  const send = inbox.pending().filter({ hasText: text });
  const mark = inbox.row(destination).getByTestId("conversation-send-trouble");
  await sandbox("faults", { body: { kind: "code", code: "NO_CREDITS", methods: ["sendmessage"] } });
  try {
    await inbox.reply(text);
    await expect(send).toHaveAttribute("data-state", "failed", { timeout: 10_000 });
  } finally {
    await sandbox("faults", { method: "DELETE" });
  }

  // The row says it in words, beside an icon, however the last message reads.
  await expect(mark).toHaveAttribute("data-kind", "failed", { timeout: 10_000 });
  await expect(mark).toHaveText("Not sent");
  await expect.poll(() => failedCount(page)).toBe(before + 1);
  await expect(page).toHaveTitle(/not sent\)/);

  // The filter finds it, with every other conversation that has a reply in trouble.
  await page.getByTestId("filter-failed").click();
  await expect(page.getByTestId("filter-failed")).toHaveAttribute("aria-pressed", "true");
  await expect(page).toHaveURL(/failed=1/);
  await expect(inbox.row(destination)).toBeVisible();
  const rows = inbox.rows();
  for (let i = 0; i < (await rows.count()); i++) await expect(rows.nth(i).getByTestId("conversation-send-trouble")).toBeVisible();

  // Discarded: the text goes back into the composer, and the list and the title let go of it.
  await send.getByTestId("pending-edit").click();
  await expect(inbox.composer()).toHaveValue(text);
  await expect(inbox.row(destination)).toHaveCount(0, { timeout: 10_000 });
  await expect.poll(() => failedCount(page)).toBe(before);
  if (before === 0) await expect(page).not.toHaveTitle(/not sent/);
  expect((await sandboxChat(destination)).messages.filter((m) => m.text === text)).toHaveLength(0);
  await inbox.composer().fill("");
});

test("a reply without Afilnet's answer during an outage marks its row as sending, not confirmed", async ({ page }) => {
  const { inbox, destination } = await openFresh(page);
  const text = unique("We have credited your account.");
  const send = inbox.pending().filter({ hasText: text });
  const mark = inbox.row(destination).getByTestId("conversation-send-trouble");
  // Afilnet answers nothing, the sync included: the reply stays unconfirmed while it lasts.
  await sandbox("faults", { body: { kind: "http500" } });
  try {
    await inbox.reply(text);
    await expect(send).toHaveAttribute("data-state", "unconfirmed", { timeout: 15_000 });
    await expect(mark).toHaveAttribute("data-kind", "unconfirmed", { timeout: 10_000 });
    await expect(mark).toHaveText("Sending…, not confirmed");
    await send.getByTestId("pending-discard").click();
    await expect(mark).toHaveCount(0, { timeout: 10_000 });
  } finally {
    await sandbox("faults", { method: "DELETE" });
  }
  await inbox.composer().fill("");
});
