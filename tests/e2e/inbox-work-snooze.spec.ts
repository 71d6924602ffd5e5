import { expect, test, type APIRequestContext } from "@playwright/test";
import { AUTH_STATE, DEMO } from "./pages/login-page";
import { customerWrites, InboxPage, unique } from "./pages/inbox-page";

test.use({ storageState: AUTH_STATE.agent });

async function snoozedUntil(request: APIRequestContext, id: number): Promise<string | null> {
  const body = (await (await request.get(`/api/conversations/${id}/messages`)).json()) as { conversation: { snoozedUntil: string | null } };
  return body.conversation.snoozedUntil;
}

test("snoozed for an hour, a conversation leaves Open, shows its end under Snoozed, and wakes when the customer writes", async ({ page }) => {
  const destination = await customerWrites(unique("Please call me back later."));
  const inbox = new InboxPage(page);
  await inbox.goto();
  await expect(inbox.row(destination)).toBeVisible({ timeout: 15_000 });
  const id = await inbox.idOf(destination);
  await inbox.open(destination);

  const before = Date.now();
  await inbox.snooze("1 hour");
  await expect(inbox.notice()).toContainText("1 conversation snoozed until");
  await expect(inbox.row(destination)).toHaveCount(0);
  await expect(inbox.threadStatus()).toHaveAttribute("data-status", "snoozed");
  await expect(inbox.threadStatus()).toContainText("Snoozed until");
  await expect(inbox.events().filter({ hasText: `${DEMO.agent.name} snoozed this until` })).toBeVisible();
  const until = Date.parse((await snoozedUntil(page.request, id)) ?? "");
  expect(until - before).toBeGreaterThan(59 * 60_000);
  expect(until - Date.now()).toBeLessThan(61 * 60_000);

  await inbox.status("snoozed");
  await expect(inbox.rowStatus(destination)).toContainText("Snoozed until");

  await customerWrites(unique("Actually, now is fine."), destination);
  await expect(inbox.row(destination)).toHaveCount(0, { timeout: 15_000 });
  await inbox.status("open");
  await expect(inbox.row(destination)).toBeVisible();
  expect(await snoozedUntil(page.request, id)).toBeNull();
});

test("a date and time in the past is refused with a sentence; a future one is the snooze's end", async ({ page }) => {
  const destination = await customerWrites(unique("Write to me next week."));
  const inbox = new InboxPage(page);
  await inbox.goto();
  await expect(inbox.row(destination)).toBeVisible({ timeout: 15_000 });
  const id = await inbox.idOf(destination);
  await inbox.open(destination);

  await inbox.snooze("A date and time…");
  const dialog = page.getByTestId("snooze-dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Date and time").fill("2020-01-01T09:00");
  await dialog.getByRole("button", { name: "Snooze", exact: true }).click();
  await expect(dialog.getByTestId("snooze-date-hint")).toHaveText("Choose a time in the future.");
  expect(await snoozedUntil(page.request, id)).toBeNull();

  const local = await page.evaluate(() => {
    const at = new Date(Date.now() + 3 * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T10:30`;
  });
  const expected = await page.evaluate((value) => new Date(value).toISOString(), local);
  await dialog.getByLabel("Date and time").fill(local);
  await dialog.getByRole("button", { name: "Snooze", exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(inbox.notice()).toContainText("1 conversation snoozed until");
  await expect.poll(() => snoozedUntil(page.request, id)).toBe(expected);
  await expect(inbox.row(destination)).toHaveCount(0);
});
