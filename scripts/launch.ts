import { DEMO_AGENTS } from "../lib/auth/demo";
import { EnvError, parseEnv, SANDBOX_CREDENTIALS, type Env } from "../lib/env";
import { loadEnvFiles } from "./load-env";
import { binary, keptSessionSecret, startChild, superviseChildren } from "./processes";

/**
 * Shared by `npm run dev` and `npm start`: checks the configuration, starts the sandbox
 * beside the app when no Afilnet account is set, then the app itself (scripts/server.ts).
 */
export function launch(mode: "dev" | "start"): void {
  loadEnvFiles(mode === "dev");
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (mode === "start") Object.assign(env, { NODE_ENV: "production" });
  // The development console shows the welcome and warnings; `LOG_LEVEL=info` adds one line per
  // sync that changed something, per send and per sign-in, and `debug` one per Afilnet call.
  if (mode === "dev") env.LOG_LEVEL ||= "warn";
  env.NEXT_TELEMETRY_DISABLED ||= "1";
  // Development and sandbox mode keep a generated secret; production with an account must set one.
  const keepsSecret = mode === "dev" || isSandbox(env);
  let config: Env;
  try {
    config = parseEnv({ ...env, NEXTAUTH_SECRET: env.NEXTAUTH_SECRET || (keepsSecret ? "x".repeat(32) : undefined) });
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  // One secret for next-auth and proxy.ts alike, both reading it from NEXTAUTH_SECRET.
  if (keepsSecret && !env.NEXTAUTH_SECRET) env.NEXTAUTH_SECRET = keptSessionSecret();
  const appUrl = `http://localhost:${config.PORT}`;
  env.NEXTAUTH_URL ||= appUrl;

  const children = [];
  if (config.sandboxMode) {
    // The password travels in the environment: a command line is visible to anyone running `ps`.
    const sandboxEnv = { ...env, SANDBOX_USER: SANDBOX_CREDENTIALS.user, SANDBOX_PASSWORD: SANDBOX_CREDENTIALS.password };
    const sandboxArgs = env.SANDBOX_ARGS ? env.SANDBOX_ARGS.split(" ").filter(Boolean) : ["--customers", "2", "--data", ".data/sandbox.json"];
    children.push(startChild(binary("tsx"), ["sandbox/cli.ts", "--port", String(config.SANDBOX_PORT), ...sandboxArgs], sandboxEnv));
  }
  children.push(startChild(binary("tsx"), ["scripts/server.ts", mode], env));
  superviseChildren(children);
  const healthHost = ["0.0.0.0", "::"].includes(config.listenHost) ? "127.0.0.1" : config.listenHost;
  const healthUrl = `http://${healthHost.includes(":") ? `[${healthHost}]` : healthHost}:${config.PORT}/api/health`;
  void waitForHealth(healthUrl).then((ready) => printWelcome(appUrl, config, ready));
}

async function waitForHealth(url: string): Promise<boolean> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then((res) => res.ok, () => false);
    if (ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

function isSandbox(env: NodeJS.ProcessEnv): boolean {
  return !env.AFILNET_USER?.trim();
}

function printWelcome(appUrl: string, config: Env, ready: boolean): void {
  const lines = [
    "",
    ready ? "  The inbox is ready." : "  The inbox has not answered its health check yet; it may still be starting.",
    `  Operator Inbox: sign in at ${appUrl}/login (listening on ${config.listenHost})`,
    `  Database: ${config.DATABASE_URL ? "Postgres (DATABASE_URL)" : `PGlite in ${config.PGLITE_DIR}`}`,
  ];
  if (config.sandboxMode) {
    lines.push(
      `  Upstream: the local sandbox at http://127.0.0.1:${config.SANDBOX_PORT} (no Afilnet account configured)`,
      `  Customer webchat page: http://127.0.0.1:${config.SANDBOX_PORT}/_sandbox/webchat`,
      "  Demo sign-ins (sandbox mode only):",
      ...DEMO_AGENTS.map((agent) => `    ${agent.role.padEnd(10)} ${agent.email} / ${agent.password}`),
    );
  } else {
    lines.push(`  Upstream: Afilnet at ${config.AFILNET_BASE_URL} as ${config.AFILNET_USER}`);
  }
  console.log(`${lines.join("\n")}\n`);
}
