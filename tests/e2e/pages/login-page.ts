import { expect, type Page } from "@playwright/test";

export const DEMO = {
  agent: { email: "agent@demo.local", password: "demo-agent-pass", name: "Dana Agent" },
  supervisor: { email: "supervisor@demo.local", password: "demo-supervisor-pass", name: "Sam Supervisor" },
} as const;

export const AUTH_STATE = {
  agent: "tests/.auth/agent.json",
  supervisor: "tests/.auth/supervisor.json",
} as const;

export class LoginPage {
  constructor(readonly page: Page) {}

  async goto(callbackUrl?: string) {
    await this.page.goto(callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/login");
    await expect(this.page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  }

  async fill(email: string, password: string) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
  }

  async signIn(email: string, password: string) {
    await this.fill(email, password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  error() {
    return this.page.getByTestId("sign-in-error");
  }
}
