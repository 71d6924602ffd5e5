import fs from "node:fs";
import path from "node:path";

/*
 * What the production build exposes, read from its manifests rather than listed by hand:
 * every page and route handler (app-paths-manifest.json) and every server action
 * (server-reference-manifest.json, with the page that hosts it). The suites compare this
 * with their tables, so a new route or action without an entry fails them.
 */
const SERVER = path.resolve(".next", "server");

export interface DiscoveredRoute {
  /** e.g. "/api/conversations/[id]/messages" or "/supervisor/team" */
  pattern: string;
  kind: "page" | "route";
  methods: string[];
}

export interface DiscoveredAction {
  /** "lib/inbox/actions.ts#markSeenAction" */
  key: string;
  id: string;
  /** A page that hosts the action: actions are POSTed to it with the Next-Action header. */
  page: string;
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(SERVER, file), "utf8")) as T;

/** "/(dashboard)/supervisor/team/page" -> "/supervisor/team" */
function urlPattern(entry: string): string {
  const pattern = entry
    .replace(/\/(page|route)$/, "")
    .split("/")
    .filter((part) => part && !/^\(.*\)$/.test(part))
    .join("/");
  return `/${pattern}`;
}

/** The methods a route file exports, read from its source (the manifest key keeps route groups). */
function exportedMethods(entry: string): string[] {
  const base = path.resolve("app", ...entry.replace(/\/route$/, "").split("/").filter(Boolean));
  const file = ["route.ts", "route.js"].map((name) => path.join(base, name)).find((candidate) => fs.existsSync(candidate));
  const source = file ? fs.readFileSync(file, "utf8") : "";
  const methods = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(match[1] as string);
  for (const match of source.matchAll(/\bas\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(match[1] as string);
  return [...methods].sort();
}

export function discoverRoutes(): DiscoveredRoute[] {
  const manifest = readJson<Record<string, string>>("app-paths-manifest.json");
  return Object.keys(manifest)
    .filter((entry) => !entry.startsWith("/_"))
    .map((entry) => {
      const pattern = urlPattern(entry);
      return entry.endsWith("/route") ? { pattern, kind: "route" as const, methods: exportedMethods(entry) } : { pattern, kind: "page" as const, methods: ["GET"] };
    })
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
}

interface ReferenceManifest {
  node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
}

export function discoverActions(): DiscoveredAction[] {
  const manifest = readJson<ReferenceManifest>("server-reference-manifest.json");
  return Object.entries(manifest.node)
    .map(([id, entry]) => {
      const worker = Object.keys(entry.workers).find((name) => name.endsWith("/page")) ?? Object.keys(entry.workers)[0] ?? "/";
      return { key: `${entry.filename}#${entry.exportedName}`, id, page: urlPattern(worker.replace(/^app/, "")) };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}
