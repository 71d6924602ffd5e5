import fc from "fast-check";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO } from "./pages/login-page";
import { waitForImport } from "./pages/inbox-page";
import { notAnInput, poisoned, queryText } from "./security/hostile-values";
import { callAction, databaseFingerprint, knownIds, signedIn, type Ids } from "./security/http";
import { discoverActions, discoverRoutes } from "./security/surface";
import { ACTIONS, ROUTES } from "./security/table";

/*
 * Property-based inputs to every route's query and path, and to every action's input, as a
 * signed-in supervisor (past every access check): no answer of 500 or more, never the
 * "internal" code, and inputs the actions refuse leave the database as it was.
 */
test.describe.configure({ timeout: 120_000 });

let supervisor: APIRequestContext;
let ids: Ids;

test.beforeAll(async () => {
  supervisor = await signedIn(DEMO.supervisor.email, DEMO.supervisor.password);
  await waitForImport(supervisor);
  ids = await knownIds(supervisor);
});

test.afterAll(async () => {
  await supervisor?.dispose();
});

/** A route's address with every dynamic segment filled from `segment`. */
const withSegments = (pattern: string, segment: (name: string) => string) =>
  pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_whole, name: string) => segment(name));

test("every route answers any query and path below 500, without the internal code", async () => {
  for (const route of discoverRoutes().filter((r) => r.methods.includes("GET") && ROUTES[r.pattern])) {
    const entry = ROUTES[route.pattern]!;
    const keys = [...(entry.query ?? []), "x", "__proto__", "constructor"];
    const query = fc.dictionary(fc.constantFrom(...keys), queryText, { maxKeys: 4 });
    const segments = fc.option(queryText, { nil: undefined });
    const numRuns = route.kind === "page" ? 6 : 25;
    await fc.assert(
      fc.asyncProperty(query, segments, async (params, segment) => {
        const sample = new URL(entry.sample(ids), "http://x");
        const path = segment === undefined || !route.pattern.includes("[") ? sample.pathname : withSegments(route.pattern, () => encodeURIComponent(segment));
        const url = `${path}?${new URLSearchParams(params as Record<string, string>).toString()}`;
        const response = await supervisor.get(url, { maxRedirects: 0 });
        const body = await response.text();
        expect(response.status(), `GET ${url}: ${body.slice(0, 200)}`).toBeLessThan(500);
        expect(body, `GET ${url}`).not.toContain('"code":"internal"');
      }),
      { numRuns },
    );
  }
});

test("every action refuses hostile input with a sentence, below 500, and the database stays as it was", async () => {
  const before = await databaseFingerprint(supervisor);
  for (const action of discoverActions().filter((a) => ACTIONS[a.key])) {
    const entry = ACTIONS[action.key]!;
    await fc.assert(
      fc.asyncProperty(entry.anyObject ? notAnInput : poisoned(entry.refused(ids)), async (input) => {
        const call = await callAction(supervisor, action, input);
        const where = `${action.key}(${JSON.stringify(input)?.slice(0, 200)}): ${call.status} ${call.body}`;
        expect(call.status, where).toBeLessThan(500);
        expect(call.result, where).toMatchObject({ ok: false });
        expect(call.result && !call.result.ok ? call.result.code : undefined, where).not.toBe("internal");
        expect(call.result && !call.result.ok ? call.result.message : "", where).toMatch(/\S/);
      }),
      { numRuns: 30 },
    );
  }
  expect(await databaseFingerprint(supervisor)).toBe(before);
});
