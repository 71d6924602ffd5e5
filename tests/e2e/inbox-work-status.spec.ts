import { expect, test } from "@playwright/test";
import { AUTH_STATE, DEMO } from "./pages/login-page";
import { customerWrites, InboxPage, unique } from "./pages/inbox-page";

test.use({ storageState: AUTH_STATE.agent });

test("assigned to me and resolved, a conversation leaves Mine/Open for Resolved; when the customer writes it is open again, still mine", async ({ page }) => {
  const destination = await customerWrites(unique("Where is my parcel?"));
  const inbox = new InboxPage(page);
  await inbox.goto();
  await expect(inbox.tab("All")).toHaveAttribute("aria-selected", "true");
  await expect(inbox.row(destination)).toBeVisible({ timeout: 15_000 });
  await expect(inbox.rowAssignee(destination)).toHaveText("Unassigned");

  await inbox.open(destination);
  await inbox.workButton("Assign to me").click();
  await expect(inbox.notice()).toHaveText(`1 conversation assigned to ${DEMO.agent.name}.`);
  await expect(inbox.threadAssignee()).toHaveText(`Assigned to ${DEMO.agent.name}`);
  await expect(inbox.workButton("Assign to me")).toHaveCount(0);
  await expect(inbox.events().filter({ hasText: `${DEMO.agent.name} took this` })).toBeVisible();

  await inbox.view("Mine");
  await expect(inbox.row(destination)).toBeVisible();
  await expect(inbox.rowAssignee(destination)).toHaveText(DEMO.agent.name);
  await expect.poll(() => inbox.tabCount("Mine")).toBeGreaterThan(0);
  const mineBefore = await inbox.tabCount("Mine");

  await inbox.workButton("Resolve").click();
  await expect(inbox.notice()).toHaveText("1 conversation resolved.");
  await expect(inbox.row(destination)).toHaveCount(0);
  await expect.poll(() => inbox.tabCount("Mine")).toBe(mineBefore - 1);
  await expect(inbox.threadStatus()).toHaveAttribute("data-status", "resolved");
  await expect(inbox.workButton("Reopen")).toBeVisible();
  await expect(inbox.events().filter({ hasText: `${DEMO.agent.name} resolved this` })).toBeVisible();

  await inbox.status("resolved");
  await expect(page).toHaveURL(/view=mine/);
  await expect(page).toHaveURL(/status=resolved/);
  await expect(inbox.rowStatus(destination)).toHaveText("Resolved");
  await expect(inbox.rowAssignee(destination)).toHaveText(DEMO.agent.name);

  // The customer writes again: the sync reopens it, and it stays with its assignee.
  await customerWrites(unique("Any news?"), destination);
  await expect(inbox.row(destination)).toHaveCount(0, { timeout: 15_000 });
  await inbox.status("open");
  await expect(inbox.row(destination)).toBeVisible();
  await expect(inbox.row(destination)).toHaveAttribute("data-status", "open");
  await expect(inbox.rowAssignee(destination)).toHaveText(DEMO.agent.name);
  await expect(inbox.threadStatus()).toHaveAttribute("data-status", "open");
  await expect(inbox.events().filter({ hasText: "Reopened: the customer wrote again" })).toBeVisible();

  // The address keeps the view and filter: a reload shows the same list.
  await page.reload();
  await expect(inbox.tab("Mine")).toHaveAttribute("aria-selected", "true");
  await expect(inbox.row(destination)).toBeVisible();
});

test("Reopen, and Mark read next to Mark unread, from the thread", async ({ page }) => {
  const destination = await customerWrites(unique("Can I change my order?"));
  const inbox = new InboxPage(page);
  await inbox.goto("?status=all");
  await expect(inbox.row(destination)).toBeVisible({ timeout: 15_000 });
  await inbox.open(destination);
  await inbox.workButton("Resolve").click();
  await expect(inbox.rowStatus(destination)).toHaveText("Resolved");
  await inbox.workButton("Reopen").click();
  await expect(inbox.notice()).toHaveText("1 conversation reopened.");
  await expect(inbox.row(destination)).toHaveAttribute("data-status", "open");
  await expect(inbox.events().filter({ hasText: `${DEMO.agent.name} reopened this` })).toBeVisible();

  await page.getByTestId("thread-menu").click();
  await page.getByTestId("mark-unread").click();
  await expect(inbox.row(destination).getByTestId("conversation-unread")).toBeVisible({ timeout: 10_000 });
  await inbox.rowCheckbox(destination).check();
  await inbox.bulkButton("Mark read").click();
  await expect(inbox.notice()).toHaveText("1 conversation marked read.");
  await expect(inbox.row(destination).getByTestId("conversation-unread")).toHaveCount(0);
});
