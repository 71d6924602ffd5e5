import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { AUTH_STATE } from "./pages/login-page";
import { customerWrites, InboxPage, unique } from "./pages/inbox-page";

test.use({ storageState: AUTH_STATE.agent });

/** No serious or critical axe violation, in the light and the dark theme. */
async function expectNoSeriousViolation(page: Page, what: string) {
  for (const theme of ["light", "dark"]) {
    await page.evaluate((name) => {
      document.documentElement.classList.remove("light", "dark");
      document.documentElement.classList.add(name);
    }, theme);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${what}, ${theme}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
  }
}

test("the work controls have no serious accessibility violation: tabs, filters, selection, bulk bar, thread bar, menus, dialog, availability", async ({ page }) => {
  // Six full axe scans (three states, two themes) take 25 s or more on a 2-core machine.
  test.setTimeout(90_000);
  const destination = await customerWrites(unique("Accessible work, please."));
  const other = await customerWrites(unique("Me too."));
  const inbox = new InboxPage(page);
  await inbox.goto();
  await expect(inbox.row(other)).toBeVisible({ timeout: 15_000 });
  await expect(inbox.tab("Mine")).toHaveAttribute("data-count", /\d+/);

  // The tabs' names are the views' names; each tells its count as its description.
  await expect(inbox.tab("Unassigned")).toHaveAccessibleDescription(/open conversation/);
  await expect(page.getByRole("combobox", { name: "Availability" })).toBeVisible();

  await inbox.rowCheckbox(destination).check();
  await inbox.rowCheckbox(other).check();
  await expect(inbox.bulkBar()).toBeVisible();
  await inbox.open(destination);
  await expect(inbox.workButton("Resolve")).toBeVisible();
  await expect(inbox.workButton("Snooze")).toBeVisible();
  await expectNoSeriousViolation(page, "list, bulk bar and thread");

  await inbox.workButton("Assign").click();
  await expect(page.getByTestId("assign-menu").getByRole("menuitem").first()).toBeVisible();
  await expect(page.getByTestId("assign-menu").getByTestId("assign-loading")).toHaveCount(0);
  await expectNoSeriousViolation(page, "assign menu");
  await page.keyboard.press("Escape");

  await inbox.snooze("A date and time…");
  await expect(page.getByTestId("snooze-dialog")).toBeVisible();
  await expect(page.getByTestId("snooze-dialog").getByLabel("Date and time", { exact: true })).toBeFocused();
  await expectNoSeriousViolation(page, "snooze dialog");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("snooze-dialog")).toHaveCount(0);

  // The tabs are one stop for Tab; the arrows move between them and choose.
  await inbox.tab("All").focus();
  await page.keyboard.press("ArrowLeft");
  await expect(inbox.tab("Unassigned")).toBeFocused();
  await expect(inbox.tab("Unassigned")).toHaveAttribute("aria-selected", "true");
  await expect(page).toHaveURL(/view=unassigned/);
});
