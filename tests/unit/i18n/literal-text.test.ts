import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/*
 * What a person reads comes from the catalogs. ESLint keeps it so (eslint.config.mjs,
 * LITERAL_TEXT): these cases lint probes placed among the components and pages, so a loosened
 * rule fails here, and the last case lints every component and page as they are.
 */

const RULES = new Set(["i18next/no-literal-string", "no-restricted-syntax"]);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function literals(filePath: string, jsx: string): Promise<string[]> {
  const code = `export function Probe({ name, t }: { name: string; t: (key: string) => string }) {\n  return (${jsx});\n}\n`;
  const [result] = await eslint.lintText(code, { filePath: path.resolve(filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId && RULES.has(m.ruleId)).map((m) => `${m.ruleId}: ${m.message}`);
}

const refused: [string, string][] = [
  ["components/inbox/probe.tsx", "<p>Nothing to show</p>"],
  ["components/queues/probe.tsx", "<div><span>{name}</span> is typing</div>"],
  ["app/(dashboard)/probe/page.tsx", "<h1>Settings</h1>"],
  ["components/inbox/probe.tsx", '<button aria-label="Close">×</button>'],
  ["components/inbox/probe.tsx", "<input placeholder={'Search'} />"],
  ["components/inbox/probe.tsx", "<img alt={`Photo of ${name}`} src=\"/x.png\" />"],
  ["components/shell/probe.tsx", '<abbr title="Coordinated Universal Time">UTC</abbr>'],
];

const allowed: [string, string][] = [
  ["components/inbox/probe.tsx", '<p>{t("inbox.empty")}</p>'],
  ["components/inbox/probe.tsx", '<button aria-label={t("close")}>×</button>'],
  ["components/inbox/probe.tsx", '<span aria-hidden="true" className="text-sm" data-testid="dot">·</span>'],
  ["components/inbox/probe.tsx", '<a href="/inbox" role="link">{name}</a>'],
  ["components/inbox/probe.tsx", "<p>{name}: {t(\"inbox.count\")}%</p>"],
];

// ESLint's first run loads the TypeScript parser and every plugin: seconds on two cores.
describe("literal text in components and pages", { timeout: 60_000 }, () => {
  it.each(refused)("refuses %s rendering: %s", async (file, jsx) => {
    expect(await literals(file, jsx)).not.toEqual([]);
  });

  it.each(allowed)("allows %s rendering: %s", async (file, jsx) => {
    expect(await literals(file, jsx)).toEqual([]);
  });

  it("finds none in the components and pages as they are", async () => {
    const results = await eslint.lintFiles(["components/**/*.tsx", "app/**/*.tsx"]);
    const found = results.flatMap((result) =>
      result.messages.filter((m) => m.ruleId && RULES.has(m.ruleId)).map((m) => `${path.relative(process.cwd(), result.filePath)}:${m.line} ${m.message}`),
    );
    expect(found).toEqual([]);
  }, 120_000);
});
