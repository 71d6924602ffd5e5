import pino from "pino";
import { createAfilnetClient, type AfilnetClientOptions } from "@/lib/afilnet";
import type { Logger } from "@/lib/log";

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: URLSearchParams;
}

type Reply = Response | string | object | ((request: RecordedRequest, signal?: AbortSignal) => Promise<Response> | Response);

/**
 * A fetch stand-in that records what the client sends and answers from a queue; the last
 * reply repeats. An object reply is sent as JSON with status 200.
 */
export function fakeFetch(...replies: Reply[]) {
  const requests: RecordedRequest[] = [];
  const impl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const request: RecordedRequest = {
      url: String(input),
      method: init?.method ?? "GET",
      headers,
      body: new URLSearchParams(typeof init?.body === "string" ? init.body : ""),
    };
    requests.push(request);
    const reply = replies.length > 1 ? replies.shift() : replies[0];
    if (reply === undefined) throw new Error("no reply queued");
    if (typeof reply === "function") return reply(request, init?.signal ?? undefined);
    if (reply instanceof Response) return reply;
    return new Response(typeof reply === "string" ? reply : JSON.stringify(reply), { status: 200 });
  };
  return { fetch: impl as typeof fetch, requests };
}

/** A real pino logger writing its JSON lines into an array. */
export function captureLogger(): { logger: Logger; lines: Record<string, unknown>[]; raw: string[] } {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const logger = pino(
    { level: "debug", base: undefined },
    {
      write(chunk: string) {
        raw.push(chunk);
        lines.push(JSON.parse(chunk) as Record<string, unknown>);
      },
    },
  );
  return { logger, lines, raw };
}

export const success = (result?: unknown) => ({ status: "SUCCESS", result });
export const failure = (error: string) => ({ status: "ERROR", error });

/** A client of the fake API: no retries, a quiet logger, whatever `options` changes. */
export function clientOf(fake: { fetch: typeof fetch }, options: Partial<AfilnetClientOptions> = {}) {
  return createAfilnetClient({
    baseUrl: "https://afilnet.test/api/http/",
    user: "u",
    password: "p",
    fetch: fake.fetch,
    logger: captureLogger().logger,
    readRetries: 0,
    ...options,
  });
}
