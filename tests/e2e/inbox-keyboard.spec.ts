import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { AUTH_STATE } from "./pages/login-page";
import { customerWrites, InboxPage, unique } from "./pages/inbox-page";

test.use({ storageState: AUTH_STATE.agent });

const openId = (url: string) => new URL(url).searchParams.get("c");

test("the keyboard moves, opens, searches and leaves; the URL and Back follow", async ({ page }) => {
  const token = unique("kbd").replace(/\s/g, "-");
  const first = await customerWrites(`${token} first`);
  const second = await customerWrites(`${token} second`);
  const inbox = new InboxPage(page);
  await inbox.goto();
  await expect(inbox.row(second)).toBeVisible({ timeout: 15_000 });

  await page.keyboard.press("/");
  await expect(page.getByTestId("conversation-search")).toBeFocused();
  await page.keyboard.type(token);
  await expect(inbox.rows()).toHaveCount(2);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("conversation-search")).not.toBeFocused();

  const secondId = await inbox.row(second).getAttribute("data-row-id");
  const firstId = await inbox.row(first).getAttribute("data-row-id");
  await page.keyboard.press("j");
  await expect(inbox.row(second)).toBeFocused();
  await page.keyboard.press("j");
  await expect(inbox.row(first)).toBeFocused();
  await page.keyboard.press("k");
  await expect(inbox.row(second)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("thread-contact")).toHaveText(second);
  expect(openId(page.url())).toBe(secondId);

  // Keys typed into the composer are text, not shortcuts.
  await inbox.composer().click();
  await page.keyboard.type("jk/?");
  await expect(inbox.composer()).toHaveValue("jk/?");
  expect(openId(page.url())).toBe(secondId);
  await inbox.composer().fill("");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("no-thread")).toBeVisible();
  expect(openId(page.url())).toBeNull();
  await expect(inbox.row(second)).toBeFocused();

  await page.keyboard.press("ArrowDown");
  await expect(inbox.row(first)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("thread-contact")).toHaveText(first);
  expect(openId(page.url())).toBe(firstId);

  // Back: the closed list, then the second conversation again.
  await page.goBack();
  await expect(page.getByTestId("no-thread")).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId("thread-contact")).toHaveText(second);

  // A deep link opens the conversation directly.
  await page.goto(`/inbox?c=${firstId}`);
  await expect(page.getByTestId("thread-contact")).toHaveText(first);

  await page.keyboard.press("?");
  await expect(page.getByTestId("shortcuts-dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("shortcuts-dialog")).toHaveCount(0);
});

test("the inbox, with a thread and the attach form open, has no serious accessibility violation", async ({ page }) => {
  const destination = await customerWrites(unique("Accessible, I hope. https://example.com/order"));
  const inbox = new InboxPage(page);
  await inbox.goto();
  await expect(inbox.row(destination)).toBeVisible({ timeout: 15_000 });
  await inbox.open(destination);
  await expect(inbox.messages().first()).toBeVisible();
  await page.getByTestId("attach-toggle").click();
  await page.getByTestId("attach-file-url").fill("https://files.example.com/e2e/axe.jpg");
  await expect(page.getByTestId("attach-preview")).toBeVisible();
  for (const theme of ["light", "dark"]) {
    await page.evaluate((name) => {
      document.documentElement.classList.remove("light", "dark");
      document.documentElement.classList.add(name);
    }, theme);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${theme}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
  }
});
