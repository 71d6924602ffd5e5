import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3123);
const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 3199);
const baseURL = `http://127.0.0.1:${PORT}`;

/** Debian's Chromium through CHROMIUM_PATH, else Playwright's own browser, else a clear stop. */
function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  if (fs.existsSync(chromium.executablePath())) return undefined;
  if (fs.existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  throw new Error(
    "No Chromium for the end-to-end tests. Install one (Debian: apt-get install chromium, then CHROMIUM_PATH=/usr/bin/chromium) " +
      "or let Playwright fetch its own (npx playwright install chromium).",
  );
}

const executablePath = chromiumExecutable();
// A fresh embedded database for every run, so that runs never see each other's state.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "inbox-e2e-"));

export default defineConfig({
  testDir: "./tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", dependencies: ["setup"], use: { ...devices["Desktop Chrome"] } },
  ],
  webServer: {
    command: "npm start",
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      SANDBOX_PORT: String(SANDBOX_PORT),
      SANDBOX_ARGS: "--customers 0",
      PGLITE_DIR: path.join(dataDir, "pglite"),
      NEXTAUTH_SECRET: "e2e-only-secret-that-is-long-enough-000",
      NEXTAUTH_URL: baseURL,
      LOG_LEVEL: "warn",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
