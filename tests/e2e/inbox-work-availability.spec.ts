import { expect, test, type APIRequestContext } from "@playwright/test";
import { AUTH_STATE, DEMO } from "./pages/login-page";
import { customerWrites, InboxPage, unique } from "./pages/inbox-page";

test.use({ storageState: AUTH_STATE.agent });

async function availabilityOf(request: APIRequestContext, name: string) {
  const { teammates } = (await (await request.get("/api/teammates")).json()) as { teammates: { name: string; availability: string }[] };
  return teammates.find((person) => person.name === name)?.availability;
}

test("the header's availability control sets Online, Away or Offline, which the team sees and a reload keeps", async ({ page }) => {
  const inbox = new InboxPage(page);
  await inbox.goto();
  const control = page.getByRole("combobox", { name: "Availability" });
  await expect(control).toHaveValue("online");
  try {
    await control.selectOption("away");
    await expect.poll(() => availabilityOf(page.request, DEMO.agent.name)).toBe("away");
    await page.reload();
    await expect(control).toHaveValue("away");

    // Whoever assigns sees it beside the name.
    const destination = await customerWrites(unique("Is anyone there?"));
    await expect(inbox.row(destination)).toBeVisible({ timeout: 15_000 });
    await inbox.open(destination);
    await inbox.workButton("Assign").click();
    await expect(page.getByTestId("assign-menu").getByRole("menuitem", { name: new RegExp(`^${DEMO.agent.name}`) })).toContainText("Away");
    await page.keyboard.press("Escape");
  } finally {
    await control.selectOption("online");
    await expect.poll(() => availabilityOf(page.request, DEMO.agent.name)).toBe("online");
  }
});
