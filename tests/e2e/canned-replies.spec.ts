import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { actionId, callAction } from "./pages/actions";
import { expectNoSeriousA11yViolation } from "./pages/layout-checks";
import { AUTH_STATE, DEMO } from "./pages/login-page";
import { customerWrites, InboxPage, unique } from "./pages/inbox-page";

/*
 * Canned replies: a supervisor keeps the team's on their page; an agent inserts one in the
 * reply box with `/` and part of its name, its variables filled, in the customer's language
 * when it has that translation; an agent may not delete the team's.
 */

const CREATE = ["lib/inbox/canned-actions.ts", "createCannedReplyAction"] as const;
const DELETE = ["lib/inbox/canned-actions.ts", "deleteCannedReplyAction"] as const;
const PAGE = "/canned-replies";

/** A short name of letters and digits only, new to this run. */
const freshName = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function teamReply(request: APIRequestContext, input: { name: string; text: string; translations?: Record<string, string> }) {
  const answer = await callAction(request, actionId(...CREATE), [{ scope: "team", ...input }], PAGE);
  expect(answer).toMatchObject({ ok: true });
  return (answer as { data: { id: number } }).data.id;
}

async function openNewConversation(page: Page, message: string) {
  const destination = await customerWrites(unique(message));
  const inbox = new InboxPage(page);
  await inbox.goto();
  await expect(inbox.row(destination)).toBeVisible({ timeout: 20_000 });
  await inbox.open(destination);
  return { inbox, destination };
}

test("a supervisor adds a team reply on the page, and a second one of the same name is refused with a sentence", async ({ browser }) => {
  const context = await browser.newContext({ storageState: AUTH_STATE.supervisor });
  const page = await context.newPage();
  const name = freshName("welcome");
  await page.goto("/inbox");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Canned replies" }).click();
  await expect(page).toHaveURL(/\/canned-replies$/);
  const team = page.getByTestId("canned-section-team");
  for (const attempt of [1, 2]) {
    await team.getByTestId("canned-add-team").click();
    const form = team.getByTestId("canned-form");
    await form.getByTestId("canned-name").fill(name);
    await form.getByTestId("canned-text").fill("Welcome, {{contact.name}}!");
    await form.getByTestId("canned-save").click();
    if (attempt === 1) await expect(team.locator(`[data-testid="canned-reply"][data-name="${name}"]`)).toBeVisible();
  }
  await expect(team.getByTestId("canned-problem-name")).toHaveText(`A canned reply named “${name}” already exists.`);
  // An unknown variable is refused beside its field, by the same rule the server applies.
  await team.getByTestId("canned-text").fill("Order {{order.id}}");
  await team.getByTestId("canned-save").click();
  await expect(team.getByTestId("canned-problem-text")).toHaveText("Unknown variable {{order.id}}. Use {{contact.name}}, {{agent.name}} or {{channel.name}}.");
  await context.close();
});

test("typing / and part of a reply's name, then Enter, inserts it with the contact's name filled", async ({ browser }) => {
  const supervisor = await browser.newContext({ storageState: AUTH_STATE.supervisor });
  const name = freshName("greeting");
  await teamReply(supervisor.request, { name, text: "Hello {{contact.name}}, this is {{ agent.name }} from {{channel.name}}." });
  await supervisor.close();

  const context = await browser.newContext({ storageState: AUTH_STATE.agent });
  const page = await context.newPage();
  await openNewConversation(page, "Hello, I need help with my order");
  const contact = `Lucía ${Date.now().toString(36)}`;
  await page.getByTestId("contact-toggle").click();
  await page.getByTestId("contact-name").fill(contact);
  await page.getByTestId("contact-save").click();
  await expect(page.getByTestId("thread-contact")).toHaveText(contact);

  const composer = page.getByTestId("composer-input");
  const picker = page.getByTestId("canned-picker");
  // Inside a word ("and/or") the slash is only a slash; at the start of the next word it opens.
  await composer.pressSequentially("and/");
  await expect(picker).toHaveCount(0);
  await composer.pressSequentially(" /");
  await expect(picker).toBeVisible();
  // Esc closes it and leaves the text as typed.
  await composer.press("Escape");
  await expect(picker).toHaveCount(0);
  await expect(composer).toHaveValue("and/ /");

  await composer.fill("");
  await composer.pressSequentially(`/${name.slice(0, 10)}`);
  await expect(picker.locator(`[data-testid="canned-option"][data-name="${name}"]`)).toHaveAttribute("aria-selected", "true");
  await expectNoSeriousA11yViolation(page, "canned-reply picker");
  await composer.press("Enter");
  await expect(picker).toHaveCount(0);
  await expect(composer).toHaveValue(new RegExp(`^Hello ${contact}, this is ${DEMO.agent.name} from \\S.*\\.$`));
  // Enter inserted; it did not send.
  await expect(page.getByTestId("pending-send")).toHaveCount(0);
  await context.close();
});

test("a reply with a translation in the customer's language offers and inserts that one first; → reaches the others", async ({ browser }) => {
  const supervisor = await browser.newContext({ storageState: AUTH_STATE.supervisor });
  const name = freshName("shipping");
  await teamReply(supervisor.request, { name, text: "Your order is on its way, {{contact.name}}.", translations: { es: "Tu pedido está en camino, {{contact.name}}." } });
  await supervisor.close();

  const context = await browser.newContext({ storageState: AUTH_STATE.agent });
  const page = await context.newPage();
  const { destination } = await openNewConversation(page, "Hola, quería saber si la lámpara que compré tiene garantía");
  await expect(page.getByTestId("customer-language")).toHaveAttribute("data-language", "es", { timeout: 20_000 });

  const composer = page.getByTestId("composer-input");
  const option = page.locator(`[data-testid="canned-option"][data-name="${name}"]`);
  await composer.pressSequentially(`/${name}`);
  await expect(option.getByTestId("canned-option-language")).toContainText("es");
  await composer.press("Enter");
  await expect(composer).toHaveValue(`Tu pedido está en camino, ${destination}.`);

  await composer.fill("");
  await composer.pressSequentially(`/${name}`);
  await composer.press("ArrowRight");
  await expect(option.getByTestId("canned-option-language")).toHaveCount(0);
  await composer.press("Enter");
  await expect(composer).toHaveValue(`Your order is on its way, ${destination}.`);
  await context.close();
});

test("an agent sees the team's replies without delete, and the delete action refuses them", async ({ browser }) => {
  const supervisor = await browser.newContext({ storageState: AUTH_STATE.supervisor });
  const name = freshName("refund");
  const id = await teamReply(supervisor.request, { name, text: "Your refund is on its way." });
  await supervisor.close();

  const context = await browser.newContext({ storageState: AUTH_STATE.agent });
  const page = await context.newPage();
  await page.goto(PAGE);
  const card = page.getByTestId("canned-section-team").locator(`[data-testid="canned-reply"][data-name="${name}"]`);
  await expect(card).toBeVisible();
  await expect(card.getByTestId("canned-reply-text")).toHaveText("Your refund is on its way.");
  await expect(card.getByTestId("canned-delete")).toHaveCount(0);
  await expect(page.getByTestId("canned-add-team")).toHaveCount(0);
  await expect(page.getByTestId("canned-add-personal")).toBeVisible();

  expect(await callAction(context.request, actionId(...DELETE), [{ replyId: id }], PAGE)).toEqual({
    ok: false,
    code: "forbidden",
    message: "Only supervisors may create, change or delete the team's canned replies.",
  });
  await page.reload();
  await expect(card).toBeVisible();
  await context.close();
});
