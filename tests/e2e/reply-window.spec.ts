import { expect, test } from "@playwright/test";
import { AUTH_STATE } from "./pages/login-page";
import { InboxPage, sandbox, sendCounts, unique } from "./pages/inbox-page";

test.use({ storageState: AUTH_STATE.agent });

const WHATSAPP = { platform: "whatsapp", platformId: "100" } as const;
const HOUR = 3_600_000;

/** A customer on WhatsApp whose last message is `hoursAgo` old; a fresh Spanish mobile number each run. */
async function whatsappCustomer(hoursAgo: number): Promise<string> {
  const destination = `3469${String(Date.now() % 10_000_000).padStart(7, "0")}`;
  const at = new Date(Date.now() - hoursAgo * HOUR).toISOString();
  await sandbox("inbound", { body: { ...WHATSAPP, destination, message: "¿Me podéis decir algo del pedido?", at } });
  return destination;
}

/*
 * WhatsApp lets a business answer freely only within 24 hours of the customer's last message:
 * the thread shows what is left, and once closed the composer says so and asks before sending.
 */
test("a WhatsApp conversation whose customer wrote 25 hours ago warns that the reply window is closed", async ({ page }) => {
  const destination = await whatsappCustomer(25);
  const inbox = new InboxPage(page);
  await inbox.goto("?status=all");
  await inbox.search(destination);
  const row = inbox.rows().first();
  await expect(row).toHaveAttribute("data-row-id", /\d+/, { timeout: 20_000 });
  await expect(inbox.rows()).toHaveCount(1);
  await row.click();
  const window = inbox.thread().getByTestId("reply-window");
  await expect(window).toHaveAttribute("data-state", "closed");
  await expect(window).toContainText("closed");

  // The composer says it beforehand, and a send waits for "Send anyway" with the text kept.
  await expect(page.getByTestId("composer-caution")).toContainText("WhatsApp may not deliver");
  const before = (await sendCounts()).sendmessage;
  const text = unique("Sorry for the wait");
  await inbox.composer().fill(text);
  await inbox.composer().press("Enter");
  await expect(page.getByTestId("composer-confirm")).toBeVisible();
  await expect(inbox.composer()).toHaveValue(text);
  await page.getByTestId("composer-confirm-send").click();
  await expect(inbox.composer()).toHaveValue("");
  await expect(inbox.messages().filter({ hasText: text })).toHaveCount(1, { timeout: 20_000 });
  expect((await sendCounts()).sendmessage).toBe(before + 1);
});
