import pino from "pino";
import { startSandbox, type RunningSandbox, type SandboxOptions } from "@/tests/helpers/sandbox";
import { createAfilnetClient, type AfilnetAuth, type AfilnetClientOptions } from "@/lib/afilnet";
import type { Logger } from "@/lib/log";

export interface Stats {
  total: number;
  byMethod: Record<string, number>;
}

export interface SandboxRequest {
  at: string;
  httpMethod: string;
  url: string;
  contentType: string | null;
  basicAuth: boolean;
  method: string | null;
}

export interface AdminMessage {
  messageId: string;
  direction: "in" | "out";
  text: string;
  status: string;
  at: string | number;
  read: boolean;
  file?: { type: string; url: string; thumbUrl?: string };
  via: string;
}

export interface AdminChat {
  platform: string;
  platformId: string;
  destination: string;
  messages: AdminMessage[];
}

/** A sandbox with no simulated customers, so that only the test changes its data. */
export async function startQuietSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const sandbox = await startSandbox(options);
  await sandbox.admin("customers", { body: { perMinute: 0 } });
  return sandbox;
}

/** A fresh seed, no faults, default dialect and zeroed counters. */
export async function resetSandbox(sandbox: RunningSandbox): Promise<void> {
  await sandbox.admin("faults", { method: "DELETE" });
  await sandbox.admin("reset", { body: {} });
  await sandbox.admin("dialect", {
    body: { statusCase: "upper", listShape: "array", idsAs: "number", flagAs: "number", datetime: "sql" },
  });
  await sandbox.admin("customers", { body: { perMinute: 0 } });
  await sandbox.admin("stats/reset", { body: {} });
}

export function captureLogger(): { logger: Logger; raw: string[]; lines: Record<string, unknown>[] } {
  const raw: string[] = [];
  const lines: Record<string, unknown>[] = [];
  const logger = pino(
    { level: "debug", base: undefined },
    {
      write(chunk: string) {
        raw.push(chunk);
        lines.push(JSON.parse(chunk) as Record<string, unknown>);
      },
    },
  );
  return { logger, raw, lines };
}

export function clientFor(sandbox: RunningSandbox, auth: AfilnetAuth, options: Partial<AfilnetClientOptions> = {}) {
  const capture = captureLogger();
  const client = createAfilnetClient({
    baseUrl: sandbox.apiUrl,
    user: sandbox.user,
    password: sandbox.password,
    auth,
    logger: capture.logger,
    retryBaseMs: 10,
    timeoutMs: 5000,
    ...options,
  });
  return { client, capture };
}

export const stats = (sandbox: RunningSandbox) => sandbox.admin<Stats>("stats");
export const requests = async (sandbox: RunningSandbox) =>
  (await sandbox.admin<{ requests: SandboxRequest[] }>("requests")).requests;
export const adminChat = (sandbox: RunningSandbox, platform: string, platformId: string, destination: string) =>
  sandbox.admin<AdminChat>(
    `chats/${encodeURIComponent(platform)}/${encodeURIComponent(platformId)}/${encodeURIComponent(destination)}`,
  );

/** Posts a raw form to the API, for answers the client would refuse to ask for. */
export async function rawCall(sandbox: RunningSandbox, params: Record<string, string>): Promise<unknown> {
  const response = await fetch(sandbox.apiUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(params).toString(),
  });
  return JSON.parse(await response.text()) as unknown;
}

/** The rejection of a promise that must reject. */
export async function rejection(run: Promise<unknown>): Promise<Error> {
  const outcome = await run.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(outcome instanceof Error)) throw new Error("the call did not fail");
  return outcome;
}
