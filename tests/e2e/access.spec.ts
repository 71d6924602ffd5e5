import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { AUTH_STATE } from "./pages/login-page";

test.describe("as an agent", () => {
  test.use({ storageState: AUTH_STATE.agent });

  test("supervisor pages answer 403 with a page that says why", async ({ page }) => {
    for (const path of ["/supervisor/queues", "/supervisor/team"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByTestId("forbidden")).toContainText("This page is for supervisors");
    }
  });

  test("supervisor API routes answer 403 JSON", async ({ page }) => {
    const response = await page.request.get("/api/agents");
    expect(response.status()).toBe(403);
    expect(await response.json()).toMatchObject({ code: "forbidden" });
    const me = await page.request.get("/api/me");
    expect(me.status()).toBe(200);
    expect(await me.json()).toMatchObject({ agent: { role: "agent", email: "agent@demo.local" } });
  });

  test("the theme switch cycles system, light and dark and is remembered", async ({ page }) => {
    await page.goto("/inbox");
    const html = page.locator("html");
    const toggle = page.getByTestId("theme-switch");
    await expect(toggle).toHaveAttribute("data-theme-choice", "system");
    await toggle.click();
    await expect(html).toHaveClass(/light/);
    await toggle.click();
    await expect(html).toHaveClass(/dark/);
    await page.reload();
    await expect(html).toHaveClass(/dark/);
    await expect(page.getByTestId("theme-switch")).toHaveAttribute("data-theme-choice", "dark");
  });

  test("the shell has no serious accessibility violation", async ({ page }) => {
    await page.goto("/inbox");
    await expect(page.getByTestId("current-agent")).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

test.describe("as a supervisor", () => {
  test.use({ storageState: AUTH_STATE.supervisor });

  test("sees Queues and Team, and the team API", async ({ page }) => {
    await page.goto("/inbox");
    await expect(page.getByRole("link", { name: "Queues" })).toBeVisible();
    const response = await page.goto("/supervisor/queues");
    expect(response?.status()).toBe(200);
    const agents = await page.request.get("/api/agents");
    expect(agents.status()).toBe(200);
    const body = (await agents.json()) as { agents: { email: string }[] };
    expect(body.agents.map((a) => a.email).sort()).toEqual(["agent@demo.local", "supervisor@demo.local"]);
  });
});

test("the sign-in page has no serious accessibility violation", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
