import { expect, test, type Page } from "@playwright/test";
import { explainAfilnetCode } from "../../lib/afilnet/errors";
import { AUTH_STATE } from "./pages/login-page";
import { customerWrites, InboxPage, sandbox, sandboxChat, sendCounts, unique } from "./pages/inbox-page";

test.use({ storageState: AUTH_STATE.agent });

/** A fresh conversation (a customer wrote first), opened. */
async function openFresh(page: Page) {
  const destination = await customerWrites(unique("Hello, I have a question."));
  const inbox = new InboxPage(page);
  await inbox.goto();
  await expect(inbox.row(destination)).toBeVisible({ timeout: 15_000 });
  await inbox.open(destination);
  return { inbox, destination };
}

const sentTexts = async (destination: string, text: string) =>
  (await sandboxChat(destination)).messages.filter((m) => m.direction === "out" && m.text === text).length;

test("a text reply shows at once, reaches the sandbox, and becomes the agent's message", async ({ page }) => {
  const { inbox, destination } = await openFresh(page);
  const firstLine = unique("Your parcel ships tomorrow.");
  const text = `${firstLine}\nTracking follows by email.`;
  // Shift+Enter breaks the line; Enter sends.
  await inbox.composer().fill(firstLine);
  await inbox.composer().press("Shift+Enter");
  await inbox.composer().pressSequentially("Tracking follows by email.");
  await expect(inbox.composer()).toHaveValue(text);
  await inbox.composer().press("Enter");
  await expect(inbox.composer()).toHaveValue("");
  await expect(inbox.thread().getByText(firstLine).first()).toBeVisible({ timeout: 1_000 });
  await expect.poll(() => sentTexts(destination, text)).toBe(1);
  const message = inbox.messages().filter({ hasText: firstLine });
  await expect(message).toBeVisible({ timeout: 10_000 });
  await expect(message.getByTestId("message-sender")).toContainText("Dana Agent");
  await expect(inbox.pending()).toHaveCount(0);
  expect((await sandboxChat(destination)).messages.find((m) => m.text === text)?.via).toBe("sendmessage");
});

test("an image by URL, with a thumbnail and a preview, reaches the sandbox as a sendfile", async ({ page }) => {
  const { inbox, destination } = await openFresh(page);
  const id = Date.now().toString(36);
  const fileUrl = `https://files.example.com/e2e/${id}.jpg`;
  const thumbUrl = `https://files.example.com/e2e/thumbs/${id}.jpg`;
  const caption = unique("The replacement shade");
  await page.getByTestId("attach-toggle").click();
  await page.getByTestId("attach-type").selectOption("image");
  await page.getByTestId("attach-file-url").fill(fileUrl);
  await page.getByTestId("attach-thumb-url").fill(thumbUrl);
  await page.getByTestId("attach-caption").fill(caption);
  // files.example.com does not exist, so the image cannot load: the preview names the file and links to it.
  await expect(page.getByTestId("attach-preview").getByTestId("file-broken").getByTestId("file-name")).toHaveAttribute("href", fileUrl);
  await page.getByTestId("attach-send").click();
  await expect(page.getByTestId("attach-form")).toHaveCount(0);
  await expect
    .poll(async () => (await sandboxChat(destination)).messages.filter((m) => m.via === "sendfile").map((m) => ({ text: m.text, file: m.file })))
    .toEqual([{ text: caption, file: { type: "image", url: fileUrl, thumbUrl } }]);
  await expect(inbox.messages().filter({ hasText: caption }).getByTestId("file-name")).toHaveAttribute("href", fileUrl, { timeout: 10_000 });
});

test("an invalid file URL is refused in the browser with its sentence, and nothing is sent", async ({ page }) => {
  await openFresh(page);
  const before = await sendCounts();
  await page.getByTestId("attach-toggle").click();
  await page.getByTestId("attach-file-url").fill("files.example.com/no-scheme.jpg");
  await page.getByTestId("attach-thumb-url").fill("javascript:alert(1)");
  await page.getByTestId("attach-send").click();
  await expect(page.getByTestId("attach-fileUrl-error")).toHaveText(explainAfilnetCode("INCORRECT_FILEURL"));
  await expect(page.getByTestId("attach-thumbUrl-error")).toHaveText(explainAfilnetCode("INCORRECT_THUMBURL"));
  await expect(page.getByTestId("attach-preview")).toHaveCount(0);
  await page.waitForTimeout(1_000);
  expect((await sendCounts()).sendfile).toBe(before.sendfile);
  await expect(new InboxPage(page).pending()).toHaveCount(0);
});

test("a draft survives switching conversations and reloading", async ({ page }) => {
  const other = await customerWrites(unique("Another question."));
  const { inbox, destination } = await openFresh(page);
  const draft = unique("Half-written answer");
  await inbox.composer().fill(draft);
  await inbox.open(other);
  await expect(inbox.composer()).toHaveValue("");
  await inbox.open(destination);
  await expect(inbox.composer()).toHaveValue(draft);
  await page.reload();
  await expect(inbox.composer()).toHaveValue(draft);
  await inbox.composer().fill("");
});

test("an answer lost after the send stays 'not confirmed' until the sync proves it went out, once", async ({ page }) => {
  const { inbox, destination } = await openFresh(page);
  const text = unique("Your refund is on its way.");
  const send = inbox.pending().filter({ hasText: text });
  await sandbox("faults", { body: { kind: "http500", when: "after", methods: ["sendmessage"] } });
  try {
    await inbox.reply(text);
    await expect(send).toHaveAttribute("data-state", "unconfirmed", { timeout: 15_000 });
    await expect(send.getByTestId("pending-retry")).toHaveCount(0);
  } finally {
    await sandbox("faults", { method: "DELETE" });
  }
  await expect(send).toHaveCount(0, { timeout: 25_000 });
  await expect(inbox.messages().filter({ hasText: text })).toBeVisible();
  expect(await sentTexts(destination, text)).toBe(1);
});

test("a refused send says why, survives a reload, keeps its text, and Retry sends it once", async ({ page }) => {
  const { inbox, destination } = await openFresh(page);
  const text = unique("We can offer a 10% discount.");
  const send = inbox.pending().filter({ hasText: text });
  await sandbox("faults", { body: { kind: "code", code: "NO_CREDITS", methods: ["sendmessage"] } });
  try {
    await inbox.reply(text);
    await expect(send).toHaveAttribute("data-state", "failed", { timeout: 10_000 });
    await expect(send.getByTestId("pending-reason")).toHaveText(explainAfilnetCode("NO_CREDITS"));
    await page.reload();
    await expect(send).toHaveAttribute("data-state", "failed", { timeout: 10_000 });
    await expect(send.getByTestId("pending-reason")).toHaveText(explainAfilnetCode("NO_CREDITS"));
  } finally {
    await sandbox("faults", { method: "DELETE" });
  }
  await send.getByTestId("pending-retry").click();
  await expect(inbox.messages().filter({ hasText: text })).toBeVisible({ timeout: 10_000 });
  await expect(send).toHaveCount(0);
  expect(await sentTexts(destination, text)).toBe(1);
});

test("Edit on a failed send puts its text back into the composer", async ({ page }) => {
  const { inbox, destination } = await openFresh(page);
  const text = unique("Let me check with the warehouse.");
  const send = inbox.pending().filter({ hasText: text });
  await sandbox("faults", { body: { kind: "code", code: "NO_ROUTE_AVAILABLE", methods: ["sendmessage"] } });
  try {
    await inbox.reply(text);
    await expect(send).toHaveAttribute("data-state", "failed", { timeout: 10_000 });
    await send.getByTestId("pending-edit").click();
    await expect(inbox.composer()).toHaveValue(text);
    await expect(send).toHaveCount(0);
  } finally {
    await sandbox("faults", { method: "DELETE" });
  }
  await inbox.composer().press("Enter");
  await expect(inbox.messages().filter({ hasText: text })).toBeVisible({ timeout: 10_000 });
  expect(await sentTexts(destination, text)).toBe(1);
});
