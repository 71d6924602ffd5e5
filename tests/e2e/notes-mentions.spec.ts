import { expect, test, type Page } from "@playwright/test";
import { AUTH_STATE, DEMO } from "./pages/login-page";
import { customerWrites, InboxPage, sandboxChat, unique } from "./pages/inbox-page";

/*
 * Private notes and mentions: a note written in the composer's Note tab shows in the thread
 * as a private note and never reaches the customer; the teammate it mentions sees it counted
 * on the Mentions tab, opens it, and lands on the conversation with the note marked as one.
 */

/** The unread count the Mentions tab shows, once the first poll has answered. */
async function mentionCount(page: Page): Promise<number> {
  const tab = page.getByRole("tab", { name: "Mentions", exact: true });
  await expect(tab).toHaveAttribute("data-count", /\d+/, { timeout: 10_000 });
  return Number(await tab.getAttribute("data-count"));
}

/** Writes `text` in the Note tab, `@` + `typed` chosen from the autocomplete first when given. */
async function writeNote(page: Page, text: string, mention?: { typed: string; name: string }) {
  await page.getByRole("tab", { name: "Note", exact: true }).click();
  const box = page.getByTestId("note-input");
  if (mention) {
    await box.pressSequentially(`@${mention.typed}`);
    await expect(page.getByRole("option", { name: mention.name, exact: true })).toBeVisible();
    await box.press("Enter");
    await expect(box).toHaveValue(`@${mention.name} `);
  }
  await box.pressSequentially(text);
  await page.getByRole("button", { name: "Add note", exact: true }).click();
}

test("a note written in the Note tab shows as a private note, keeps the reply's draft, and never reaches the customer", async ({ browser }) => {
  const destination = await customerWrites(unique("Where is my refund?"));
  const context = await browser.newContext({ storageState: AUTH_STATE.agent });
  try {
    const inbox = new InboxPage(await context.newPage());
    const page = inbox.page;
    await inbox.goto();
    await expect(inbox.row(destination)).toBeVisible({ timeout: 20_000 });
    await inbox.open(destination);
    await inbox.composer().fill("A reply in progress");

    // The tabs by keyboard: the arrow moves from Reply to Note.
    await page.getByRole("tab", { name: "Reply", exact: true }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("tab", { name: "Note", exact: true })).toHaveAttribute("aria-selected", "true");
    await expect(page.getByTestId("note-composer")).toContainText("the customer will not");

    const text = unique("Refund approved by finance");
    const box = page.getByTestId("note-input");
    await box.press("Enter");
    await expect(page.getByTestId("note-error")).toHaveText("Write a note before adding it.");
    await box.fill(`${text}\nsecond line`);
    await box.press("Enter");
    const note = inbox.thread().getByTestId("thread-note").filter({ hasText: text });
    await expect(note).toBeVisible({ timeout: 10_000 });
    await expect(note.getByTestId("note-label")).toHaveText("Private note");
    await expect(note.getByTestId("note-author")).toHaveText(DEMO.agent.name);
    await expect(note.getByTestId("note-text")).toHaveText(`${text}\nsecond line`);
    await expect(box).toHaveValue("");
    await expect(inbox.messages().filter({ hasText: text })).toHaveCount(0);

    await page.getByRole("tab", { name: "Reply", exact: true }).click();
    await expect(inbox.composer()).toHaveValue("A reply in progress");
    expect((await sandboxChat(destination)).messages.filter((message) => message.text.includes(text))).toEqual([]);
  } finally {
    await context.close();
  }
});

test("the mentioned teammate sees the Mentions count, opens the mention and lands on the note", async ({ browser }) => {
  const destination = await customerWrites(unique("Can I change my address?"));
  const danaContext = await browser.newContext({ storageState: AUTH_STATE.agent });
  const samContext = await browser.newContext({ storageState: AUTH_STATE.supervisor });
  try {
    const dana = new InboxPage(await danaContext.newPage());
    const sam = new InboxPage(await samContext.newPage());
    await sam.goto();
    const before = await mentionCount(sam.page);

    await dana.goto();
    await expect(dana.row(destination)).toBeVisible({ timeout: 20_000 });
    await dana.open(destination);
    const text = unique("can you confirm the new address?");
    await writeNote(dana.page, text, { typed: "Sam", name: DEMO.supervisor.name });
    await expect(dana.thread().getByTestId("thread-note").filter({ hasText: text })).toBeVisible({ timeout: 10_000 });

    await expect.poll(() => mentionCount(sam.page), { timeout: 15_000 }).toBe(before + 1);
    await sam.page.getByRole("tab", { name: "Mentions", exact: true }).click();
    await expect(sam.page).toHaveURL(/view=mentions/);
    const mention = sam.page.getByTestId("mention-row").filter({ hasText: text });
    await expect(mention).toHaveAttribute("data-read", "false");
    await expect(mention).toContainText(`${DEMO.agent.name} in ${destination}`);
    await mention.click();

    await expect(sam.page.getByTestId("thread-contact")).toHaveText(destination);
    const note = sam.thread().getByTestId("thread-note").filter({ hasText: text });
    await expect(note.getByTestId("note-label")).toHaveText("Private note");
    await expect(note.getByTestId("note-mention")).toHaveText(`@${DEMO.supervisor.name}`);
    await expect(sam.messages().filter({ hasText: text })).toHaveCount(0);
    await expect(mention).toHaveAttribute("data-read", "true");
    await expect.poll(() => mentionCount(sam.page), { timeout: 10_000 }).toBe(before);
  } finally {
    await danaContext.close();
    await samContext.close();
  }
});
