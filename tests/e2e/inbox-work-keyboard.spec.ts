import { expect, test } from "@playwright/test";
import { AUTH_STATE, DEMO } from "./pages/login-page";
import { customerWrites, InboxPage, unique } from "./pages/inbox-page";

test.use({ storageState: AUTH_STATE.agent });

test("i assigns to me, e resolves and reopens, h and a open their menus; none of them while typing", async ({ page }) => {
  const destination = await customerWrites(unique("Keys, please."));
  const inbox = new InboxPage(page);
  await inbox.goto("?status=all");
  await expect(inbox.row(destination)).toBeVisible({ timeout: 15_000 });
  await inbox.open(destination);

  await page.keyboard.press("i");
  await expect(inbox.threadAssignee()).toHaveText(`Assigned to ${DEMO.agent.name}`);
  await page.keyboard.press("e");
  await expect(inbox.threadStatus()).toHaveAttribute("data-status", "resolved");
  await page.keyboard.press("e");
  await expect(inbox.threadStatus()).toHaveAttribute("data-status", "open");

  await page.keyboard.press("h");
  const snoozeMenu = page.getByTestId("snooze-menu");
  await expect(snoozeMenu.getByRole("menuitem", { name: "1 hour" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(snoozeMenu).toHaveCount(0);
  await expect(page.getByTestId("thread-contact")).toHaveText(destination);

  await page.keyboard.press("a");
  const assignMenu = page.getByTestId("assign-menu");
  await expect(assignMenu.getByRole("menuitem", { name: new RegExp(`^${DEMO.supervisor.name}`) })).toBeVisible();
  await expect(assignMenu.getByRole("menuitem", { name: new RegExp(`^${DEMO.agent.name}`) })).toContainText(/Online|Away|Offline/);
  await page.keyboard.press("Escape");
  await expect(assignMenu).toHaveCount(0);

  // Typed into the composer, the same letters are text: no change is asked for.
  const changes: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) changes.push(request.url());
  });
  await inbox.composer().click();
  await page.keyboard.type("hiaxe");
  await expect(inbox.composer()).toHaveValue("hiaxe");
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  expect(changes).toEqual([]);
  await expect(inbox.threadStatus()).toHaveAttribute("data-status", "open");
  await inbox.composer().fill("");

  await page.keyboard.press("Escape");
  await page.keyboard.press("?");
  const dialog = page.getByTestId("shortcuts-dialog");
  for (const text of ["Resolve, or reopen", "Snooze", "Assign to me", "Assign to a teammate", "Select the conversation"]) {
    await expect(dialog.getByText(text, { exact: false }).first()).toBeVisible();
  }
});
