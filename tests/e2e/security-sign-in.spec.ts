import { expect, test } from "@playwright/test";
import { AUTH_STATE, DEMO } from "./pages/login-page";
import { signInFrom } from "./security/from-address";
import { anonymous, BASE_URL } from "./security/http";

/* Sign-in and the headers every page carries, as the attack found them and as they must stay. */

test("a client-set X-Forwarded-For or address header does not escape the per-address limit", async () => {
  // Twenty wrong guesses at twenty accounts from one machine, each claiming another address.
  const run = Date.now().toString(36);
  const claim = (n: number) => ({ "X-Forwarded-For": `198.51.100.${n}`, "X-Inbox-Client-Address": `203.0.113.${n}` });
  for (let n = 1; n <= 20; n++) expect(await signInFrom("127.0.0.2", `guess-${run}-${n}@demo.local`, "wrong-password", claim(n))).toBe("invalid_credentials");
  expect(await signInFrom("127.0.0.2", `guess-${run}-21@demo.local`, "wrong-password", claim(21))).toMatch(/^throttled:/);
});

test("wrong passwords from one machine lock that machine out of the account, not its owner elsewhere", async () => {
  for (let n = 1; n <= 5; n++) expect(await signInFrom("127.0.0.3", DEMO.agent.email, `not-the-password-${n}`)).toBe("invalid_credentials");
  expect(await signInFrom("127.0.0.3", DEMO.agent.email, DEMO.agent.password)).toMatch(/^throttled:/);
  expect(await signInFrom("127.0.0.4", DEMO.agent.email, DEMO.agent.password)).toBe("");
});

test.describe("signed in", () => {
  test.use({ storageState: AUTH_STATE.agent });

  test("a callback that a browser would turn into another origin lands on the inbox", async ({ page }) => {
    await page.goto("/login?callbackUrl=%2F%09%2Fevil.example%2F");
    await expect(page).toHaveURL(`${BASE_URL}/inbox`);
    for (const callback of ["%2F%0A%2Fevil.example", "%2F%0D%2Fevil.example", "%2F%5Cevil.example", "https%3A%2F%2Fevil.example"]) {
      const response = await page.request.get(`/login?callbackUrl=${callback}`, { maxRedirects: 0 });
      expect(response.status(), callback).toBe(307);
      expect(response.headers()["location"], callback).toMatch(/^(\/inbox|http:\/\/127\.0\.0\.1:\d+\/inbox)$/);
    }
  });
});

test("the credentials callback answers GET with 405, not next-auth's 500", async () => {
  const client = await anonymous();
  const response = await client.get("/api/auth/callback/credentials");
  expect(response.status()).toBe(405);
  expect(response.headers()["allow"]).toBe("POST");
  await client.dispose();
});

test("pages carry a nonce CSP that the app's own scripts (the theme's included) satisfy", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/login");
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("img-src 'self' https:");
  expect(csp).toContain("media-src 'self' https:");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-frame-options"]).toBe("DENY");
  // Over http there is no HSTS: it is sent only when NEXTAUTH_URL is https.
  expect(headers["strict-transport-security"]).toBeUndefined();
  // next-themes' inline script ran (it sets the theme class), and the form hydrated.
  await expect(page.locator("html")).toHaveClass(/light|dark/);
  await page.getByLabel("Email").fill("nobody@demo.local");
  expect(violations).toEqual([]);
});
