import { expect, test, type Page } from "@playwright/test";
import { AUTH_STATE, DEMO } from "./pages/login-page";
import { customerWrites } from "./pages/inbox-page";
import { openConversation } from "./pages/media";
import { expectLayoutFits, PHONE } from "./pages/layout-checks";

/* The app's shell: its icons and manifest, its 404 and error pages, and the small things around the work. */

test.describe("icons and manifest", () => {
  test("the favicon, the app icons and the web manifest are served to anyone", async ({ request }) => {
    const favicon = await request.get("/favicon.ico");
    expect(favicon.status()).toBe(200);
    expect((await favicon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    const manifest = await request.get("/manifest.webmanifest");
    expect(manifest.status()).toBe(200);
    const body = (await manifest.json()) as { name: string; start_url: string; icons: { src: string; sizes: string; type: string }[] };
    expect(body).toMatchObject({ name: "Operator Inbox", start_url: "/inbox" });
    for (const icon of [...body.icons, { src: "/apple-touch-icon.png", type: "image/png" }]) {
      const answer = await request.get(icon.src);
      expect(answer.status(), icon.src).toBe(200);
      expect(answer.headers()["content-type"], icon.src).toContain(icon.type);
    }
  });

  test("every page names them", async ({ page }) => {
    await page.goto("/login");
    await expect(page.locator('link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1);
    await expect(page.locator('link[rel="icon"][href^="/icon.svg"]')).toHaveCount(1);
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", /apple-touch-icon\.png/);
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", /manifest\.webmanifest/);
  });
});

test.describe("inside the shell", () => {
  test.use({ storageState: AUTH_STATE.agent });

  test("a page that does not exist is a 404 with the app's bar", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId("not-found")).toContainText("Page not found");
    await expect(page.getByTestId("app-header")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Inbox" })).toBeVisible();
    await expect(page.getByTestId("current-agent")).toContainText(DEMO.agent.name);
  });

  test("a page that fails shows the error inside the shell, with a way on", async ({ page }) => {
    // An answer the screen cannot draw (channels that are no list) breaks the inbox while it renders.
    await page.route("**/api/inbox?*", async (route) => {
      const answer = await route.fetch();
      if (answer.status() !== 200) return route.fulfill({ response: answer });
      await route.fulfill({ response: answer, json: { ...((await answer.json()) as object), channels: "broken" } });
    });
    await page.goto("/inbox");
    await expect(page.getByTestId("error-page")).toContainText("Something went wrong");
    await expect(page.getByTestId("app-header")).toBeVisible();
    await expect(page.getByTestId("error-page").getByRole("button", { name: "Try again" })).toBeVisible();
    await expect(page.getByTestId("error-page").getByRole("link", { name: "Back to the inbox" })).toHaveAttribute("href", "/inbox");
  });

  test('a customer who just wrote is "Waiting under a minute", never "0 min"', async ({ page }) => {
    const destination = await customerWrites("Is anyone there?");
    await page.goto("/inbox");
    const row = page.getByTestId("conversation-row").filter({ hasText: destination });
    await expect(row.getByTestId("conversation-waiting")).toHaveText("Waiting under a minute", { timeout: 15_000 });
  });
});

/** Contrast of two CSS colours (rgb()), as WCAG computes it. */
async function contrast(page: Page, a: string, b: string): Promise<number> {
  return page.evaluate(
    ({ x, y }) => {
      const lum = (css: string) => {
        const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const [l1, l2] = [lum(x), lum(y)].sort((p, q) => q - p);
      return (l1! + 0.05) / (l2! + 0.05);
    },
    { x: a, y: b },
  );
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`the open conversation in the ${colorScheme} theme`, () => {
    test.use({ storageState: AUTH_STATE.agent, colorScheme });

    test("its row stands out from the others and from the list", async ({ page }) => {
      const destination = await customerWrites("Which row am I?");
      await customerWrites("And I am another one.");
      await openConversation(page, destination);
      const open = page.locator('[data-testid="conversation-row"][aria-current="true"]');
      await expect(open).toHaveCount(1);
      const other = page.locator('[data-testid="conversation-row"]:not([aria-current])').first();
      const look = (row: typeof open) => row.evaluate((el) => {
        const style = getComputedStyle(el);
        return { background: style.backgroundColor, edge: style.boxShadow.match(/rgba?\([^)]*\)/)?.[0] ?? "", list: getComputedStyle(el.closest("section") ?? document.body).backgroundColor };
      });
      const [selected, plain] = [await look(open), await look(other)];
      expect(selected.background).not.toBe(plain.background);
      // The accent edge is a mark of the state: at least 3:1 against the row, as WCAG asks of such marks.
      expect(await contrast(page, selected.edge, selected.background)).toBeGreaterThanOrEqual(3);
      expect(await contrast(page, selected.background, selected.list)).toBeGreaterThan(1.1);
    });
  });
}

test.describe("the demo sign-ins on a phone", () => {
  test.use({ viewport: PHONE });

  test("lay out without breaking an email or a password across lines", async ({ page }) => {
    await page.goto("/login");
    const block = page.getByTestId("demo-logins");
    await expect(block).toBeVisible();
    const values = block.locator("code");
    await expect(values).toHaveCount(4);
    for (const value of await values.all()) {
      expect(await value.evaluate((el) => el.getClientRects().length), await value.textContent() ?? "").toBe(1);
    }
    await expect(values.filter({ hasText: DEMO.supervisor.password })).toBeVisible();
    await expectLayoutFits(page);
  });
});
