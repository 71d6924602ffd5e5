import { expect, test, type Browser, type Page } from "@playwright/test";
import { AUTH_STATE } from "./pages/login-page";
import { customerWrites } from "./pages/inbox-page";
import { customerSendsFile, openConversation } from "./pages/media";
import { DESKTOP, expectNoSeriousA11yViolation, PHONE } from "./pages/layout-checks";
import { waitForMirror } from "./pages/queues-page";

/* axe on every page of the app, at a desktop's and a phone's size, in the light and the dark theme. */

type Who = keyof typeof AUTH_STATE | "anonymous";

interface PageCase {
  name: string;
  who: Who;
  open: (page: Page) => Promise<void>;
}

const PAGES: PageCase[] = [
  {
    name: "sign-in",
    who: "anonymous",
    open: async (page) => {
      await page.goto("/login");
      await expect(page.getByTestId("demo-logins")).toBeVisible();
    },
  },
  {
    name: "inbox list",
    who: "agent",
    open: async (page) => {
      await page.goto("/inbox");
      await expect(page.getByTestId("conversation-row").first()).toBeVisible();
    },
  },
  {
    name: "inbox thread with a customer's file behind its gate",
    who: "agent",
    open: async (page) => {
      const destination = await customerWrites("Here is a photo of the lamp.");
      await customerSendsFile({ type: "image", fileUrl: `https://photos-${Date.now().toString(36)}.example/lamp.jpg` }, destination);
      await openConversation(page, destination);
      await expect(page.getByTestId("media-gate")).toBeVisible();
    },
  },
  {
    name: "inbox thread with a private note, the Note tab open",
    who: "agent",
    open: async (page) => {
      const destination = await customerWrites("Is the lamp in stock?");
      await openConversation(page, destination);
      await page.getByRole("tab", { name: "Note", exact: true }).click();
      await page.getByTestId("note-input").fill("Checked the stock: two left.");
      await page.getByRole("button", { name: "Add note", exact: true }).click();
      await expect(page.getByTestId("thread-note")).toBeVisible();
    },
  },
  {
    name: "inbox mentions",
    who: "agent",
    open: async (page) => {
      await page.goto("/inbox?view=mentions");
      await expect(page.getByTestId("mentions-list").or(page.getByTestId("mentions-empty"))).toBeVisible();
    },
  },
  {
    name: "queues",
    who: "supervisor",
    open: async (page) => {
      await page.goto("/supervisor/queues");
      await expect(page.getByTestId("queues-table")).toBeVisible();
      await expect(page.getByTestId("media-hosts")).toBeVisible();
    },
  },
  {
    name: "team",
    who: "supervisor",
    open: async (page) => {
      await page.goto("/supervisor/team");
      await expect(page.getByTestId("team-row-agent@demo.local")).toBeVisible();
    },
  },
  {
    name: "activity",
    who: "supervisor",
    open: async (page) => {
      await page.goto("/supervisor/activity");
      await expect(page.getByTestId("activity-row").first()).toBeVisible({ timeout: 15_000 });
    },
  },
  {
    name: "canned replies, with the form open",
    who: "supervisor",
    open: async (page) => {
      await page.goto("/canned-replies");
      await page.getByTestId("canned-add-team").click();
      await page.getByTestId("canned-translations-toggle").click();
      await expect(page.getByTestId("canned-translation-pl")).toBeVisible();
    },
  },
  {
    name: "canned replies, an agent's",
    who: "agent",
    open: async (page) => {
      await page.goto("/canned-replies");
      await expect(page.getByTestId("canned-section-personal")).toBeVisible();
    },
  },
  {
    name: "404",
    who: "agent",
    open: async (page) => {
      await page.goto("/no-such-page");
      await expect(page.getByTestId("not-found")).toBeVisible();
    },
  },
  {
    name: "error",
    who: "agent",
    open: async (page) => {
      // An answer the inbox cannot draw: its error page takes over, inside the shell.
      await page.route("**/api/inbox?*", async (route) => {
        const answer = await route.fetch();
        if (answer.status() !== 200) return route.fulfill({ response: answer });
        await route.fulfill({ response: answer, json: { ...((await answer.json()) as object), channels: "broken" } });
      });
      await page.goto("/inbox");
      await expect(page.getByTestId("error-page")).toBeVisible();
    },
  },
  {
    name: "403",
    who: "agent",
    open: async (page) => {
      await page.goto("/supervisor/team");
      await expect(page.getByTestId("forbidden")).toBeVisible();
    },
  },
];

async function contextFor(browser: Browser, who: Who, size: typeof DESKTOP | typeof PHONE, colorScheme: "light" | "dark") {
  return browser.newContext({ viewport: size, colorScheme, ...(who === "anonymous" ? {} : { storageState: AUTH_STATE[who] }) });
}

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ storageState: AUTH_STATE.agent });
  await waitForMirror(context.request);
  await context.close();
});

for (const [sizeName, size] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`every page on a ${sizeName} in the ${colorScheme} theme has no serious accessibility violation`, async ({ browser }) => {
      test.setTimeout(90_000);
      for (const { name, who, open } of PAGES) {
        const context = await contextFor(browser, who, size, colorScheme);
        const page = await context.newPage();
        try {
          await open(page);
          await expect(page.locator("html")).toHaveClass(new RegExp(colorScheme));
          await expectNoSeriousA11yViolation(page, `${name} (${sizeName}, ${colorScheme})`);
        } finally {
          await context.close();
        }
      }
    });
  }
}
