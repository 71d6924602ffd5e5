import { expect, test } from "@playwright/test";
import { actionId, callAction } from "./pages/actions";
import { customerWrites, InboxPage, sandbox, unique } from "./pages/inbox-page";
import { expectNoSeriousA11yViolation } from "./pages/layout-checks";
import { AUTH_STATE } from "./pages/login-page";
import { catalogText, PreferencesMenu, type Locale } from "./pages/preferences";
import { QueuesPage } from "./pages/queues-page";

/*
 * The inbox in Spanish, Portuguese and Polish: the browser's language on a first visit, the
 * agent's choice from the header after that, with times in the language's own clock.
 */

const SET_PREFERENCES = ["lib/inbox/preferences-actions.ts", "setPreferencesAction"] as const;
const TODAY: Record<Locale, string> = { en: "Today", es: "Hoy", pt: "Hoje", pl: "Dzisiaj" };

test.describe("a Polish browser's first visit", () => {
  test.use({ locale: "pl-PL", storageState: { cookies: [], origins: [] } });

  test("is in Polish, and so is a failed sign-in's sentence", async ({ page }) => {
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await expect(page.getByRole("heading", { name: catalogText("pl", "login.title") })).toBeVisible();
    await page.getByLabel(catalogText("pl", "login.email")).fill("nobody@example.com");
    await page.getByLabel(catalogText("pl", "login.password")).fill("not-the-password");
    await page.getByRole("button", { name: catalogText("pl", "login.submit") }).click();
    await expect(page.getByTestId("sign-in-error")).toHaveText(catalogText("pl", "login.errors.invalid_credentials"));
    await expectNoSeriousA11yViolation(page, "sign-in (pl)");
  });
});

test.describe("an agent switching languages", () => {
  // The supervisor sees the inbox and the queues; the language is put back for the specs after.
  test.use({ storageState: AUTH_STATE.supervisor });
  test.afterEach(async ({ page }) => {
    expect(await callAction(page.request, actionId(...SET_PREFERENCES), [{ locale: "en" }])).toMatchObject({ ok: true });
  });

  test("sees the inbox, a thread, a refused send and the queues in Spanish, Portuguese and Polish", async ({ page }) => {
    test.setTimeout(90_000);
    const destination = await customerWrites(unique("Hola, tengo una pregunta."));
    const inbox = new InboxPage(page);
    await inbox.goto();
    await expect(inbox.row(destination)).toBeVisible({ timeout: 15_000 });
    await inbox.open(destination);
    const text = unique("Le escribimos enseguida.");
    const send = inbox.pending().filter({ hasText: text });
    await sandbox("faults", { body: { kind: "code", code: "NO_CREDITS", methods: ["sendmessage"] } });
    try {
      await inbox.reply(text);
      await expect(send).toHaveAttribute("data-state", "failed", { timeout: 10_000 });
    } finally {
      await sandbox("faults", { method: "DELETE" });
    }
    // Set on this page's window: a full reload would lose it, a re-render keeps it.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

    for (const locale of ["es", "pt", "pl"] as Locale[]) {
      await new PreferencesMenu(page).chooseLanguage(locale);
      const header = page.getByTestId("app-header");
      await expect(header.getByRole("link", { name: catalogText(locale, "shell.nav.inbox") })).toBeVisible();
      await expect(inbox.composer()).toHaveAttribute("placeholder", catalogText(locale, "inbox.composer.placeholder"));
      await expect(send.getByTestId("pending-reason")).toHaveText(catalogText(locale, "afilnet.codes.NO_CREDITS"));
      // Day separators in the language's words, clock times on a 24-hour clock.
      await expect(inbox.thread().getByTestId("day-separator").first()).toHaveText(TODAY[locale]);
      await expect(inbox.messages().first().locator("time")).toHaveText(/^\d{1,2}:\d{2}$/);
      expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
      await expectNoSeriousA11yViolation(page, `inbox (${locale})`);
    }

    // The choice is kept on the agent: a new page of theirs, here the queues, is in Polish.
    const queues = new QueuesPage(page);
    await queues.goto();
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await expect(page.getByRole("heading", { level: 1, name: catalogText("pl", "queues.title") })).toBeVisible();
    await expectNoSeriousA11yViolation(page, "queues (pl)");
    for (const locale of ["es", "pt"] as Locale[]) {
      await new PreferencesMenu(page).chooseLanguage(locale);
      await expect(page.getByRole("heading", { level: 1, name: catalogText(locale, "queues.title") })).toBeVisible();
      await expectNoSeriousA11yViolation(page, `queues (${locale})`);
    }
  });
});
