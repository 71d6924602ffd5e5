import { expect, test } from "@playwright/test";
import { AUTH_STATE } from "./pages/login-page";
import { customerWrites, InboxPage, unique } from "./pages/inbox-page";

test.use({ storageState: AUTH_STATE.agent });

/** Three fresh conversations whose messages share a token, and the inbox searched for it. */
async function threeFound(inbox: InboxPage) {
  const token = unique("bulk").replace(/\s/g, "-");
  const destinations = [];
  for (const n of [1, 2, 3]) destinations.push(await customerWrites(`${token} question ${n}`));
  await inbox.goto();
  await expect(inbox.row(destinations[2] as string)).toBeVisible({ timeout: 15_000 });
  await inbox.search(token);
  await expect(inbox.rows()).toHaveCount(3);
  return { token, destinations };
}

test("three conversations chosen with a click and a Shift+click are resolved in one action, with the count said", async ({ page }) => {
  const inbox = new InboxPage(page);
  const { destinations } = await threeFound(inbox);
  const [newest, , oldest] = [destinations[2] as string, destinations[1] as string, destinations[0] as string];
  await expect(inbox.bulkBar()).toHaveCount(0);

  await inbox.rowCheckbox(newest).click();
  await expect(inbox.bulkBar().getByTestId("bulk-count")).toHaveText("1 conversation selected");
  await inbox.rowCheckbox(oldest).click({ modifiers: ["Shift"] });
  await expect(inbox.bulkBar().getByTestId("bulk-count")).toHaveText("3 conversations selected");
  for (const destination of destinations) await expect(inbox.rowCheckbox(destination)).toBeChecked();

  const calls: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) calls.push(request.postData() ?? "");
  });
  await inbox.bulkButton("Resolve").click();
  await expect(inbox.notice()).toHaveText("3 conversations resolved.");
  await expect(inbox.rows()).toHaveCount(0);
  await expect(inbox.bulkBar()).toHaveCount(0);
  // One action for the three.
  expect(calls.filter((body) => body.includes('"resolve"'))).toHaveLength(1);

  await inbox.status("resolved");
  await expect(inbox.rows()).toHaveCount(3);
  for (const destination of destinations) await expect(inbox.rowStatus(destination)).toHaveText("Resolved");
});

test("x chooses the row the keyboard is on; 'Select all in this view' chooses the rest; the bar reopens them", async ({ page }) => {
  const inbox = new InboxPage(page);
  const { destinations } = await threeFound(inbox);
  // Leave the search box without Escape, which would empty it.
  await page.getByTestId("conversation-search").evaluate((element) => (element as HTMLElement).blur());
  await page.keyboard.press("j");
  await expect(inbox.row(destinations[2] as string)).toBeFocused();
  await page.keyboard.press("x");
  await expect(inbox.rowCheckbox(destinations[2] as string)).toBeChecked();
  await page.keyboard.press("x");
  await expect(inbox.rowCheckbox(destinations[2] as string)).not.toBeChecked();
  await expect(inbox.bulkBar()).toHaveCount(0);

  await page.getByRole("checkbox", { name: "Select all in this view", exact: true }).check();
  await expect(inbox.bulkBar().getByTestId("bulk-count")).toHaveText("3 conversations selected");
  await inbox.snooze("Tomorrow 9:00", "bulk");
  await expect(inbox.notice()).toContainText("3 conversations snoozed until");
  await expect(inbox.rows()).toHaveCount(0);

  await inbox.status("snoozed");
  await expect(inbox.rows()).toHaveCount(3);
  await page.getByRole("checkbox", { name: "Select all in this view", exact: true }).check();
  await inbox.bulkButton("Reopen").click();
  await expect(inbox.notice()).toHaveText("3 conversations reopened.");
  await inbox.status("open");
  for (const destination of destinations) await expect(inbox.row(destination)).toHaveAttribute("data-status", "open");
});
