import fs from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/*
 * The layers of ARCHITECTURE.md are kept by ESLint's no-restricted-imports rules. These cases
 * lint a one-line file placed in each room, so a loosened rule fails here, not in review.
 */

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function crossings(filePath: string, importLine: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${importLine}\nexport const used = typeof x;\n`, { filePath: path.resolve(filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

const refused: [string, string][] = [
  ["components/inbox/probe.tsx", 'import x from "@/lib/db/queries/outbox";'],
  ["components/inbox/probe.tsx", 'import x from "@/lib/db/instance";'],
  ["components/inbox/probe.tsx", 'import x from "@/lib/afilnet";'],
  ["components/inbox/probe.tsx", 'import x from "@/lib/afilnet/inputs";'],
  ["components/inbox/probe.tsx", 'import x from "@/lib/sync/status";'],
  ["components/team/probe.tsx", 'import x from "@/app/(dashboard)/supervisor/team/page";'],
  ["components/inbox/probe.tsx", 'import x from "../../lib/db/schema";'],
  ["components/inbox/probe.tsx", 'import x from "@/lib/inbox/reads";'],
  ["components/inbox/probe.tsx", 'import x from "@/lib/auth/session";'],
  ["lib/query/probe.ts", 'import x from "@/lib/db/schema";'],
  ["lib/inbox/probe.ts", 'import x from "@/components/inbox/send-store";'],
  ["lib/queues/probe.ts", 'import x from "@/app/api/health/route";'],
  ["lib/db/queries/probe.ts", 'import x from "@/lib/inbox/reads";'],
  ["lib/db/probe.ts", 'import x from "@/lib/auth/demo";'],
  ["lib/sync/probe.ts", 'import x from "@/lib/inbox/send";'],
  ["lib/afilnet/probe.ts", 'import x from "@/lib/db/instance";'],
  ["lib/auth/probe.ts", 'import x from "@/lib/inbox/unread";'],
  ["lib/contract/probe.ts", 'import x from "@/lib/afilnet/errors";'],
  ["lib/inbox/probe.ts", 'import x from "../../sandbox/store";'],
  ["sandbox/probe.ts", 'import x from "../lib/afilnet/errors";'],
  ["app/api/probe/route.ts", 'import x from "@/lib/db/instance";'],
];

const allowed: [string, string][] = [
  ["components/inbox/probe.tsx", 'import x from "@/lib/contract/inbox";'],
  ["components/inbox/probe.tsx", 'import x from "@/lib/inbox/actions";'],
  ["components/inbox/probe.tsx", 'import x from "@/lib/inbox/send-actions";'],
  ["components/queues/probe.tsx", 'import x from "@/lib/queues/team-actions";'],
  ["components/inbox/probe.tsx", 'import x from "@/lib/query/keys";'],
  ["lib/contract/probe.ts", 'import x from "./inbox";'],
  ["lib/inbox/probe.ts", 'import x from "@/lib/db/queries/outbox";'],
  ["lib/sync/probe.ts", 'import x from "@/lib/afilnet";'],
  ["app/api/probe/route.ts", 'import x from "@/lib/inbox/reads";'],
];

describe("the layers", () => {
  it.each(refused)("refuses %s importing: %s", async (file, line) => {
    expect(await crossings(file, line)).not.toEqual([]);
  });

  it.each(allowed)("allows %s importing: %s", async (file, line) => {
    expect(await crossings(file, line)).toEqual([]);
  });
});

describe("server actions", () => {
  function serverActionFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : serverActionFiles(full);
      return /\.tsx?$/.test(entry.name) && /^\s*["']use server["']/.test(fs.readFileSync(full, "utf8")) ? [full] : [];
    });
  }

  const files = ["lib", "app", "components"].flatMap(serverActionFiles);

  it("exist, in the domains' actions modules", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((file) => [path.relative(process.cwd(), file)]))("are all built with the one wrapper in %s", (file) => {
    const source = fs.readFileSync(file, "utf8");
    const exports = [...source.matchAll(/^export\s+(?:default\s+)?(?:async\s+)?(\w+)(?:\s+(\w+))?/gm)];
    expect(exports.length).toBeGreaterThan(0);
    const bare = exports.filter((match) => !/^export const \w+ = serverAction\(/m.test(source.slice(match.index)));
    expect(bare.map((match) => match[0])).toEqual([]);
  });
});
