import { expect, test } from "@playwright/test";
import { AUTH_STATE } from "./pages/login-page";

test("the read endpoints refuse anonymous callers", async ({ request }) => {
  for (const path of ["/api/inbox", "/api/conversations/1/messages", "/api/sync/status"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(401);
  }
});

test.describe("signed in", () => {
  test.use({ storageState: AUTH_STATE.agent });

  test("the inbox mirrors the sandbox and answers 304 when nothing changed", async ({ page }) => {
    await expect
      .poll(async () => ((await (await page.request.get("/api/sync/status")).json()) as { import: { active: boolean } }).import.active, {
        timeout: 20_000,
      })
      .toBe(false);
    const first = await page.request.get("/api/inbox?limit=10");
    expect(first.status()).toBe(200);
    const body = (await first.json()) as { channels: unknown[]; conversations: unknown[]; sync: { state: string } };
    expect(body.channels).toHaveLength(5);
    expect(body.conversations).toHaveLength(10);
    expect(body.sync.state).toBe("ok");
    const etag = first.headers()["etag"]!;
    const again = await page.request.get("/api/inbox?limit=10", { headers: { "If-None-Match": etag } });
    expect(again.status()).toBe(304);
    expect((await again.body()).length).toBe(0);
  });

  test("malformed query parameters get a 400 with a sentence", async ({ page }) => {
    const cases: [string, RegExp][] = [
      ["/api/inbox?limit=abc", /^Page size: Give a whole number from 1 to 200\.$/],
      ["/api/inbox?limit=500", /^Page size: Give a whole number from 1 to 200\.$/],
      ["/api/inbox?unread=maybe", /^Unread only: Give "1" or "0"\.$/],
      ["/api/inbox?channel=-3", /^Channel: Choose a channel\.$/],
      ["/api/inbox?cursor=$$$", /^Page position: This is not a page position this server gave out\.$/],
      ["/api/inbox?cursor=bm9wZQ", /^The page position is not one this server gave out\. Reload the list\.$/],
      ["/api/conversations/abc/messages", /^The address does not name a conversation/],
      ["/api/conversations/1/messages?limit=0", /^Page size: Give a whole number from 1 to 200\.$/],
    ];
    for (const [path, message] of cases) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(400);
      expect(((await response.json()) as { error: string }).error, path).toMatch(message);
    }
    expect((await page.request.get("/api/conversations/999999/messages")).status()).toBe(404);
  });
});
