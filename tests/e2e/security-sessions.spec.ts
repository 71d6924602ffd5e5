import { expect, request, test } from "@playwright/test";
import { DEMO } from "./pages/login-page";
import { renewSavedSession } from "./pages/sessions";
import { BASE_URL, callAction, knownIds, signedIn } from "./security/http";
import { discoverActions } from "./security/surface";

/*
 * Over HTTP with real cookies: a cookie kept from before a sign-out, or from before a
 * deactivation, no longer opens anything, not even after reactivation. (Password and role
 * changes, which have no HTTP route, end sessions the same way: tests/integration/security.)
 */
const markSeen = () => discoverActions().find((action) => action.key === "lib/inbox/actions.ts#markSeenAction")!;

async function copyOf(client: Awaited<ReturnType<typeof signedIn>>) {
  return request.newContext({ baseURL: BASE_URL, storageState: await client.storageState() });
}

test.afterAll(async () => {
  await renewSavedSession("agent");
});

test("after sign-out, a copy of the old cookie opens no page, route or action", async () => {
  const device = await signedIn(DEMO.agent.email, DEMO.agent.password);
  const elsewhere = await copyOf(device);
  const supervisor = await signedIn(DEMO.supervisor.email, DEMO.supervisor.password);
  try {
    const ids = await knownIds(supervisor);
    const { csrfToken } = (await (await device.get("/api/auth/csrf")).json()) as { csrfToken: string };
    expect((await device.post("/api/auth/signout", { form: { csrfToken, json: "true" }, maxRedirects: 0 })).status()).toBeLessThan(400);

    expect((await elsewhere.get("/api/me")).status()).toBe(401);
    const page = await elsewhere.get("/inbox", { maxRedirects: 0 });
    expect(page.status()).toBe(307);
    expect(page.headers()["location"]).toContain("/login?reason=signed-out");
    const action = await callAction(elsewhere, markSeen(), { conversationId: ids.conversation });
    expect(action.result).toMatchObject({ ok: false, code: "unauthenticated" });
  } finally {
    await Promise.all([device, elsewhere, supervisor].map((client) => client.dispose()));
  }
});

test("deactivation ends the old cookie, and reactivation does not bring it back", async () => {
  const agent = await signedIn(DEMO.agent.email, DEMO.agent.password);
  const supervisor = await signedIn(DEMO.supervisor.email, DEMO.supervisor.password);
  const setActive = discoverActions().find((action) => action.key === "lib/queues/team-actions.ts#setAgentActiveAction")!;
  try {
    const ids = await knownIds(supervisor);
    expect((await callAction(supervisor, setActive, { agentId: ids.agentId, active: false })).result).toMatchObject({ ok: true });
    expect((await agent.get("/api/me")).status()).toBe(401);
    expect((await callAction(supervisor, setActive, { agentId: ids.agentId, active: true })).result).toMatchObject({ ok: true });
    expect((await agent.get("/api/me")).status()).toBe(401);
    const again = await signedIn(DEMO.agent.email, DEMO.agent.password);
    expect((await again.get("/api/me")).status()).toBe(200);
    await again.dispose();
  } finally {
    await Promise.all([agent, supervisor].map((client) => client.dispose()));
  }
});
