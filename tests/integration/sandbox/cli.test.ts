import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { startSandbox } from "../../helpers/sandbox";
import { runCli } from "./run-cli";

describe("the command line", () => {
  const bad: [string[], RegExp][] = [
    [["--port", "http"], /--port/],
    [["--port", "70000"], /--port/],
    [["--seed", "huge"], /--seed/],
    [["--seed", "large:channels=0"], /--seed.*channels/],
    [["--seed", "large:rooms=4"], /--seed.*rooms=4/],
    [["--customers", "many"], /--customers/],
    [["--customers", "-3"], /--customers/],
    [["--delivery-ms", "0"], /--delivery-ms/],
    [["--delivery-ms", "1.5"], /--delivery-ms/],
    [["--colour", "blue"], /--colour/],
    [["--user"], /--user needs a value/],
    [["--password", ""], /--password/],
  ];

  it("refuses each bad option with one line naming it and exit code 2", async () => {
    const results = await Promise.all(bad.map(([args]) => runCli(args)));
    results.forEach((result, index) => {
      const [args, pattern] = bad[index] ?? [[], /./];
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr, args.join(" ")).toMatch(pattern);
      expect(result.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
      expect(result.stdout).toBe("");
    });
  });

  it("names SANDBOX_PORT when the environment gives a bad port", async () => {
    const result = await runCli([], { SANDBOX_PORT: "nope" });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/SANDBOX_PORT/);
  });

  it("takes its port from SANDBOX_PORT when --port is not given", async () => {
    // Port 0 through the environment: the sandbox listens on a free port, proving it read the variable.
    const cli = fileURLToPath(new URL("../../../sandbox/cli.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", cli, "--seed", "empty"], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, SANDBOX_PORT: "0" },
    });
    const line = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const match = /listening on (http:\/\/\S+)/i.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
      child.on("exit", (code) => reject(new Error(`exited ${code}`)));
    });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(line).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(line).not.toMatch(/:3100$/);
  });

  it("prints --help and exits 0", async () => {
    const result = await runCli(["--help"]);
    expect(result.code).toBe(0);
    for (const option of ["--port", "--host", "--user", "--password", "--seed", "--data", "--customers", "--delivery-ms"]) {
      expect(result.stdout).toContain(option);
    }
  });

  it("prints where it listens and stops cleanly on SIGTERM", async () => {
    const sb = await startSandbox({ seed: "empty", args: ["--customers", "0", "--delivery-ms", "100"] });
    expect(sb.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await sb.stop();
    await expect(fetch(`${sb.origin}/_sandbox/stats`)).rejects.toThrow();
  });
});
