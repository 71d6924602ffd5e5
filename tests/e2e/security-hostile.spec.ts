import { expect, test, type Page } from "@playwright/test";
import { AUTH_STATE } from "./pages/login-page";
import { InboxPage, sandbox, WEBCHAT } from "./pages/inbox-page";
import { QueuesPage } from "./pages/queues-page";
import { BASE_URL } from "./security/http";

/*
 * Customer messages and file addresses written to attack the agent's browser render inert:
 * no dialog, no script of theirs runs, and the browser asks no host but the app's, in the
 * thread, the conversation list, the browser notification and the supervisor's lists.
 */
const marker = `hostile-${Date.now().toString(36)}`;
const TEXTS = [
  `<script>window.__pwned="script";alert("script")</script> ${marker}`,
  `<img src=x onerror="window.__pwned='img';alert('img')"> ${marker}`,
  `<svg onload="window.__pwned='svg'"></svg><iframe src="https://evil.example/frame"></iframe> ${marker}`,
  `javascript:alert('js') <a href="javascript:window.__pwned='a'">open</a> ${marker}`,
  `data:text/html,<script>alert('data')</script> ${marker}`,
  `<style>*{display:none!important}</style><div style="background:url(https://evil.example/css.png)">css</div> ${marker}`,
  `\u202Egnp.exe\u202C \u2066invoice\u2069 ${marker}`,
];
const FILES = [
  { type: "image", fileUrl: `https://evil.example/pixel.png?"><img src=x onerror="window.__pwned='file'">`, message: `image ${marker}` },
  { type: "document", fileUrl: "https://evil.example/report.pdf#<script>alert('doc')</script>", message: `document ${marker}` },
];
const destination = `wc-hostile-${Date.now().toString(36)}`;

/** Watches a page: dialogs, requests to any host but the app's (aborted), and the pwned flag. */
async function watch(page: Page) {
  const dialogs: string[] = [];
  const foreign: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(BASE_URL) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  return {
    dialogs,
    foreign,
    pwned: () => page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null),
  };
}

test.beforeAll(async () => {
  for (const message of TEXTS) await sandbox("inbound", { body: { ...WEBCHAT, destination, message } });
  for (const file of FILES) await sandbox("inbound", { body: { ...WEBCHAT, destination, ...file } });
});

test.describe("as an agent", () => {
  test.use({ storageState: AUTH_STATE.agent });

  test("the list, the thread and a notification show hostile messages as text, and nothing runs or loads", async ({ page }) => {
    // A notification is shown when the tab is not being looked at; a stub records what it would say.
    await page.addInitScript(() => {
      const shown: { title: string; body?: string }[] = [];
      class RecordingNotification {
        static permission = "granted";
        static requestPermission = async () => "granted";
        onclick: (() => void) | null = null;
        constructor(title: string, options?: { body?: string }) {
          shown.push({ title, body: options?.body });
        }
        close() {}
      }
      Object.assign(window, { Notification: RecordingNotification, __notifications: shown });
      document.hasFocus = () => false;
    });
    const seen = await watch(page);
    const inbox = new InboxPage(page);
    await inbox.goto();
    await page.getByTestId("alerts-toggle").click();
    await expect(inbox.row(destination)).toBeVisible({ timeout: 20_000 });
    await inbox.open(destination);
    const messages = inbox.messages().filter({ hasText: marker });
    await expect(messages).toHaveCount(TEXTS.length + FILES.length, { timeout: 15_000 });
    for (const text of TEXTS) await expect(inbox.messages().getByText(text, { exact: true })).toHaveCount(1);
    await expect(page.locator("[data-testid='message-text'] script, [data-testid='message-text'] img, [data-testid='message-text'] iframe")).toHaveCount(0);
    await expect(page.locator('[href^="javascript:"], [src^="javascript:"], [href^="data:"]')).toHaveCount(0);

    // Back on the list, with no thread open: a thread open in a visible tab would mark the new
    // message seen, and a seen message is rightly not notified.
    await inbox.goto();
    await expect(inbox.row(destination)).toBeVisible({ timeout: 20_000 });
    const last = `<img src=y onerror="alert('notified')"> ${marker}`;
    await sandbox("inbound", { body: { ...WEBCHAT, destination, message: last } });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __notifications: { body?: string }[] }).__notifications.map((n) => n.body ?? "")), { timeout: 20_000 })
      .toContainEqual(expect.stringContaining(last));
    await expect(inbox.row(destination).getByTestId("conversation-preview")).toHaveText(last);
    await expect(inbox.row(destination).locator("script, iframe, img[src='x'], img[src='y']")).toHaveCount(0);

    expect(await seen.pwned()).toBeNull();
    expect(seen.dialogs).toEqual([]);
    expect(seen.foreign).toEqual([]);
  });
});

test.describe("as a supervisor", () => {
  test.use({ storageState: AUTH_STATE.supervisor });

  test("the queues' waiting list shows hostile messages as text, and nothing runs or loads", async ({ page }) => {
    const seen = await watch(page);
    const channels = (await (await page.request.get("/api/supervisor/queues")).json()) as { channels: { channelId: number; platform: string }[] };
    const webchat = channels.channels.find((channel) => channel.platform === WEBCHAT.platform);
    expect(webchat).toBeDefined();
    const queues = new QueuesPage(page);
    await queues.goto();
    await queues.toggle(webchat!.channelId);
    const list = queues.waitingList(webchat!.channelId);
    await expect(list.getByText(marker, { exact: false }).first()).toBeVisible({ timeout: 15_000 });
    await expect(list.locator("script, img, iframe, svg[onload]")).toHaveCount(0);
    expect(await seen.pwned()).toBeNull();
    expect(seen.dialogs).toEqual([]);
    expect(seen.foreign).toEqual([]);
  });
});
