import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * `npm test`: every check in turn, each run even when one before it failed, then a summary.
 * Test counts are read from the runners' JSON reports.
 */
interface Step {
  name: string;
  command: string[];
  report?: { file: string; read: (json: unknown) => Counts };
}
interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

const reports = fs.mkdtempSync(path.join(os.tmpdir(), "inbox-test-"));
const vitestReport = (project: string): Step["report"] => ({
  file: path.join(reports, `${project}.json`),
  read: (json) => {
    const r = json as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
    return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
  },
});

const steps: Step[] = [
  { name: "lint", command: ["npx", "eslint", "--max-warnings=0", "."] },
  { name: "typecheck", command: ["npx", "tsc", "--noEmit"] },
  ...(["unit", "integration"] as const).map((project) => {
    const report = vitestReport(project);
    return {
      name: project,
      command: ["npx", "vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report?.file}`],
      report,
    };
  }),
  { name: "build", command: ["npx", "next", "build"] },
  {
    name: "e2e",
    command: ["npx", "playwright", "test"],
    report: {
      file: path.join(reports, "e2e.json"),
      read: (json) => {
        const s = (json as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }).stats;
        return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
      },
    },
  },
];

function run(step: Step): Promise<number> {
  const [command, ...args] = step.command as [string, ...string[]];
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  if (step.name === "e2e" && step.report) env.PLAYWRIGHT_JSON_OUTPUT_NAME = step.report.file;
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.once("exit", (code) => resolve(code ?? 1));
    child.once("error", () => resolve(1));
  });
}

async function main() {
  const only = process.argv.slice(2);
  const results: { name: string; ok: boolean; seconds: number; counts?: Counts }[] = [];
  for (const step of steps.filter((s) => only.length === 0 || only.includes(s.name))) {
    console.log(`\n=== ${step.name}: ${step.command.join(" ")}\n`);
    const started = Date.now();
    const code = await run(step);
    let counts: Counts | undefined;
    if (step.report && fs.existsSync(step.report.file)) {
      try {
        counts = step.report.read(JSON.parse(fs.readFileSync(step.report.file, "utf8")));
      } catch {
        counts = undefined;
      }
    }
    results.push({ name: step.name, ok: code === 0, seconds: (Date.now() - started) / 1000, counts });
  }
  const total = results.reduce(
    (sum, r) => ({
      passed: sum.passed + (r.counts?.passed ?? 0),
      failed: sum.failed + (r.counts?.failed ?? 0),
      skipped: sum.skipped + (r.counts?.skipped ?? 0),
    }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  console.log("\n=== Summary");
  for (const r of results) {
    const counts = r.counts ? `  ${r.counts.passed} passed, ${r.counts.failed} failed` : "";
    console.log(`  ${r.ok ? "PASS" : "FAIL"}  ${r.name.padEnd(12)} ${r.seconds.toFixed(1).padStart(6)} s${counts}`);
  }
  const failedSteps = results.filter((r) => !r.ok).length;
  console.log(`steps: ${results.length - failedSteps} passed, ${failedSteps} failed`);
  console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  process.exit(failedSteps === 0 ? 0 : 1);
}

void main();
