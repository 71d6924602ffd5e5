import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

export interface Child {
  process: ChildProcess;
  pid: number;
  /** Everything the child printed so far. */
  output(): string;
  /** Resolves once the child printed a line matching `pattern`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  kill9(): Promise<void>;
}

/** Runs a TypeScript helper of tests/helpers in its own process (tsx, from the project root). */
export function startChild(script: string, args: string[], env: Record<string, string> = {}): Child {
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(new URL(script, import.meta.url)), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (out += chunk.toString()));
  return {
    process: child,
    pid: child.pid as number,
    output: () => out,
    waitFor(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => done(new Error(`the child did not print ${pattern} within ${timeoutMs / 1000} s:\n${out}`)), timeoutMs);
        const check = () => {
          const match = out.split("\n").find((line) => pattern.test(line));
          if (match !== undefined) done(undefined, match);
        };
        const exited = () => done(new Error(`the child exited before printing ${pattern}:\n${out}`));
        function done(error?: Error, line?: string) {
          clearTimeout(timer);
          child.stdout?.off("data", check);
          child.off("exit", exited);
          if (error) reject(error);
          else resolve(line as string);
        }
        child.stdout?.on("data", check);
        child.once("exit", exited);
        check();
      });
    },
    kill9() {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGKILL");
      });
    },
  };
}
