import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { AUTH_STATE } from "./pages/login-page";
import { customerWrites, InboxPage, unique } from "./pages/inbox-page";

/*
 * The supervisor's activity page: an agent's reply shows in the record with what Afilnet
 * answered; filtering by kind narrows it; the CSV export holds what is filtered.
 */
test("the activity page lists an agent's reply, filters by kind, and exports the filtered rows as CSV", async ({ browser }) => {
  const text = unique("Your order ships today");
  const agent = await browser.newContext({ storageState: AUTH_STATE.agent });
  try {
    const inbox = new InboxPage(await agent.newPage());
    const destination = await customerWrites(unique("Where is my order?"));
    await inbox.goto();
    await expect(inbox.row(destination)).toBeVisible({ timeout: 20_000 });
    await inbox.open(destination);
    await inbox.reply(text);
    await expect(inbox.messages().filter({ hasText: text })).toHaveCount(1, { timeout: 20_000 });
  } finally {
    await agent.close();
  }

  const supervisor = await browser.newContext({ storageState: AUTH_STATE.supervisor, acceptDownloads: true });
  try {
    const page = await supervisor.newPage();
    await page.goto("/supervisor/activity");
    await page.getByTestId("activity-kind").selectOption("send");
    const reply = page.getByTestId("activity-row").filter({ hasText: text });
    await expect(reply).toHaveCount(1, { timeout: 15_000 });
    await expect(reply.getByTestId("activity-what")).toContainText("Dana Agent replied (sent)");
    await expect(page.locator("[data-testid='activity-row']:not([data-kind='send'])")).toHaveCount(0);

    const download = page.waitForEvent("download");
    await page.getByTestId("activity-export").click();
    const csv = await readFile((await (await download).path())!, "utf8");
    const [header, ...lines] = csv.trim().split("\n");
    expect(header).toBe("at,kind,actor,conversation_id,contact,destination,channel,platform,status,assignee,reason,afilnet_code,text");
    expect(lines.every((line) => line.split(",")[1] === "send")).toBe(true);
    expect(lines.some((line) => line.includes(text))).toBe(true);
  } finally {
    await supervisor.close();
  }
});
