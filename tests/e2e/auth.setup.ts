import { expect, test as setup } from "@playwright/test";
import { AUTH_STATE, DEMO, LoginPage } from "./pages/login-page";

for (const role of ["agent", "supervisor"] as const) {
  setup(`sign in as the demo ${role}`, async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(DEMO[role].email, DEMO[role].password);
    await expect(page).toHaveURL(/\/inbox$/);
    await expect(page.getByTestId("current-agent")).toContainText(DEMO[role].name);
    await page.context().storageState({ path: AUTH_STATE[role] });
  });
}
