import { expect, test, type APIRequestContext } from "@playwright/test";
import { anonymous, callAction, databaseFingerprint, knownIds, signedIn, type Ids } from "./security/http";
import { discoverActions, discoverRoutes } from "./security/surface";
import { ACTIONS, ROUTES } from "./security/table";
import { DEMO } from "./pages/login-page";
import { waitForImport } from "./pages/inbox-page";

/*
 * The access matrix: every page, route handler and server action of the build, called with no
 * session, and as an agent where a supervisor is needed. Each is refused, and the database
 * reads back the same afterwards.
 */
const routes = discoverRoutes();
const actions = discoverActions();

let guest: APIRequestContext;
let agent: APIRequestContext;
let supervisor: APIRequestContext;
let ids: Ids;

test.beforeAll(async () => {
  guest = await anonymous();
  agent = await signedIn(DEMO.agent.email, DEMO.agent.password);
  supervisor = await signedIn(DEMO.supervisor.email, DEMO.supervisor.password);
  await waitForImport(supervisor);
  ids = await knownIds(supervisor);
});

test.afterAll(async () => {
  await Promise.all([guest, agent, supervisor].map((client) => client?.dispose()));
});

test("every route and action of the build has an entry in the matrix", () => {
  expect(routes.length).toBeGreaterThan(5);
  expect(actions.length).toBeGreaterThan(5);
  expect(routes.map((r) => r.pattern).filter((pattern) => !ROUTES[pattern]), "routes without an entry in tests/e2e/security/table.ts").toEqual([]);
  expect(actions.map((a) => a.key).filter((key) => !ACTIONS[key]), "actions without an entry in tests/e2e/security/table.ts").toEqual([]);
});

test("no session: pages go to sign-in, API routes answer 401; an agent gets 403 where a supervisor is needed", async () => {
  for (const route of routes) {
    const entry = ROUTES[route.pattern];
    if (!entry) continue;
    const url = entry.sample(ids);
    for (const method of route.methods) {
      const asGuest = await guest.fetch(url, { method, maxRedirects: 0 });
      const asAgent = await agent.fetch(url, { method, maxRedirects: 0 });
      const where = `${method} ${url}`;
      if (entry.access === "public") {
        expect(asGuest.status(), where).toBeLessThan(500);
        continue;
      }
      if (route.kind === "page") {
        expect(asGuest.status(), where).toBe(307);
        expect(asGuest.headers()["location"], where).toMatch(/\/login\?callbackUrl=/);
      } else {
        expect(asGuest.status(), where).toBe(401);
        expect(await asGuest.json(), where).toMatchObject({ code: "unauthenticated" });
      }
      if (entry.access === "supervisor") {
        expect(asAgent.status(), where).toBe(403);
      } else {
        expect([401, 403], where).not.toContain(asAgent.status());
      }
      // Whatever a signed-in person is answered is theirs alone: no shared cache may keep it.
      if (asAgent.status() < 300 || asAgent.status() >= 400) expect(asAgent.headers()["cache-control"] ?? "", where).toContain("private");
    }
  }
});

test("no session, or an agent's where a supervisor is needed: every action is refused and changes nothing", async () => {
  const before = await databaseFingerprint(supervisor);
  for (const action of actions) {
    const entry = ACTIONS[action.key];
    if (!entry) continue;
    const asGuest = await callAction(guest, action, entry.valid(ids));
    expect(asGuest.result?.ok, `${action.key} without a session`).not.toBe(true);
    const refusedAtTheDoor = asGuest.status === 307 && /\/login/.test(asGuest.location ?? "");
    if (!refusedAtTheDoor) expect(asGuest.result, `${action.key} without a session: ${asGuest.status} ${asGuest.body}`).toMatchObject({ ok: false, code: "unauthenticated" });
    if (entry.access === "supervisor") {
      const asAgent = await callAction(agent, action, entry.valid(ids));
      expect(asAgent.result, `${action.key} as an agent: ${asAgent.status} ${asAgent.body}`).toMatchObject({ ok: false, code: "forbidden" });
    }
    if (entry.ownRecord) {
      const own = await callAction(supervisor, action, entry.ownRecord.input(ids));
      expect(own.result, `${action.key} on the caller's own record`).toMatchObject({ ok: false, code: entry.ownRecord.code });
    }
  }
  expect(await databaseFingerprint(supervisor)).toBe(before);
});

test("the supervisor's own calls reach the actions (so the refusals above are the access checks')", async () => {
  const action = actions.find((a) => a.key === "lib/queues/actions.ts#setDefaultThresholdAction");
  expect(action).toBeDefined();
  const refused = await callAction(supervisor, action!, { minutes: 0 });
  expect(refused.result).toMatchObject({ ok: false, code: "bad_request" });
});
