import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

/*
 * Server actions called over HTTP, as anyone with a session could: a POST to a page with the
 * action's id in the Next-Action header, its arguments as JSON. The ids come from the build's
 * manifest, so these tests run against the same build as the app.
 */

interface ManifestEntry {
  filename?: string;
  exportedName?: string;
}

export function actionId(filename: string, exportedName: string): string {
  const file = path.join(process.cwd(), ".next/server/server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === filename && entry.exportedName === exportedName);
  if (!found) throw new Error(`The build has no server action ${exportedName} of ${filename}: is it used by a page?`);
  return found[0];
}

export type ActionAnswer = { ok: true; data: unknown } | { ok: false; code: string; message: string };

/** Calls an action as the request's session; its answer, read from the page's flight stream. */
export async function callAction(request: APIRequestContext, id: string, args: unknown[], page = "/inbox"): Promise<ActionAnswer> {
  const response = await request.post(page, {
    headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: JSON.stringify(args),
  });
  const body = await response.text();
  if (!response.ok()) throw new Error(`POST ${page} with action ${id}: HTTP ${response.status()} ${body.slice(0, 200)}`);
  // Flight lines are "<row id>:<json>"; the action's answer is the one object with "ok".
  for (const line of body.split("\n")) {
    const json = line.slice(line.indexOf(":") + 1);
    try {
      const value = JSON.parse(json) as unknown;
      if (value && typeof value === "object" && "ok" in value) return value as ActionAnswer;
    } catch {
      // Not JSON: another kind of row.
    }
  }
  throw new Error(`No action answer in: ${body.slice(0, 300)}`);
}
