import { expect, test } from "@playwright/test";
import { DEMO, LoginPage } from "./pages/login-page";
import { renewSavedSession } from "./pages/sessions";

test.describe("sign-in", () => {
  test("signs in, shows the agent and role, and signs out", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await expect(page.getByTestId("demo-logins")).toBeVisible();
    await login.signIn(DEMO.agent.email, DEMO.agent.password);
    await expect(page).toHaveURL(/\/inbox$/);
    await expect(page.getByTestId("current-agent")).toContainText("Dana Agent");
    await expect(page.getByTestId("current-role")).toHaveText("Agent");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Queues", exact: true })).toHaveCount(0);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/inbox");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Finbox/);
    // Signing out ended the demo agent's sessions everywhere, the saved one included.
    await renewSavedSession("agent");
  });

  test("an anonymous page request goes to sign-in and comes back after it", async ({ page }) => {
    await page.goto("/supervisor/team");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fsupervisor%2Fteam/);
    await new LoginPage(page).signIn(DEMO.supervisor.email, DEMO.supervisor.password);
    await expect(page).toHaveURL(/\/supervisor\/team$/);
    await expect(page.getByRole("heading", { name: "Team" })).toBeVisible();
  });

  test("an anonymous API request gets 401 JSON", async ({ request }) => {
    for (const path of ["/api/me", "/api/agents"]) {
      const response = await request.get(path);
      expect(response.status()).toBe(401);
      expect(await response.json()).toMatchObject({ error: "Sign in to continue." });
    }
  });

  test("a wrong password gets one sentence and the password is not kept", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(DEMO.agent.email, "not-the-password-123");
    await expect(login.error()).toHaveText(/do not match an account/);
    await expect(page.getByLabel("Password")).toHaveValue("");
    expect(await page.content()).not.toContain("not-the-password-123");

    await login.signIn("nobody@demo.local", "whatever-password");
    await expect(login.error()).toHaveText(/do not match an account/);
  });

  test("repeated failures for one email are throttled with a time to try again", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await login.signIn("throttled@demo.local", `wrong-password-${attempt}`);
      await expect(login.error()).toHaveText(/do not match an account|Too many failed attempts/);
    }
    await login.signIn("throttled@demo.local", "wrong-password-6");
    await expect(login.error()).toHaveText(/Too many failed attempts\. Try again in 1[45] minutes \(at \d{1,2}:\d{2}( [AP]M)?\)/);
  });
});
