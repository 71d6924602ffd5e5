import { expect, test } from "@playwright/test";
import { AUTH_STATE } from "./pages/login-page";
import { renewSavedSession } from "./pages/sessions";

test("a deactivated agent's session stops at their next request, and reactivation does not revive it", async ({ browser }) => {
  const agent = await browser.newContext({ storageState: AUTH_STATE.agent });
  const supervisor = await browser.newContext({ storageState: AUTH_STATE.supervisor });
  const agentPage = await agent.newPage();
  const supervisorPage = await supervisor.newPage();
  try {
    await agentPage.goto("/inbox");
    await expect(agentPage.getByTestId("current-agent")).toContainText("Dana Agent");

    await supervisorPage.goto("/supervisor/team");
    const row = supervisorPage.getByTestId("team-row-agent@demo.local");
    await row.getByRole("button", { name: "Deactivate" }).click();
    await expect(row).toContainText("Deactivated");

    await agentPage.reload();
    await expect(agentPage).toHaveURL(/\/login/);
    await expect(agentPage.getByTestId("signed-out-notice")).toBeVisible();
    expect((await agentPage.request.get("/api/me")).status()).toBe(401);

    await row.getByRole("button", { name: "Reactivate" }).click();
    await expect(row).toContainText("Active");
    // Reactivation lets the agent sign in again; the session that was ended stays ended.
    expect((await agentPage.request.get("/api/me")).status()).toBe(401);
  } finally {
    await agent.close();
    await supervisor.close();
    await renewSavedSession("agent");
  }
});
