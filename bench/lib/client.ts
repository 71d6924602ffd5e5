import type { InboxResponse, SyncStatusView } from "../../lib/contract/inbox";

const REQUEST_TIMEOUT_MS = 30_000;

/** The `name=value` pairs of a response's set-cookie headers, ready for a cookie header. */
function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((line) => line.split(";")[0] ?? "").filter(Boolean);
}

/**
 * Signs in through next-auth's credentials callback like the login form does: the CSRF
 * token and its cookie first, then the form post. Answers the session cookie.
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const answer = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiePairs(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${baseUrl}/inbox` }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  await answer.arrayBuffer();
  const session = cookiePairs(answer).find((pair) => pair.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in as ${email} gave no session cookie (HTTP ${answer.status})`);
  return session;
}

export async function getJson<T>(url: string, cookie?: string): Promise<T> {
  const response = await fetch(url, { headers: cookie ? { cookie } : {}, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`GET ${new URL(url).pathname} answered ${response.status}`);
  return (await response.json()) as T;
}

export async function postJson<T>(url: string, body: unknown = {}): Promise<T> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`POST ${new URL(url).pathname} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Waits until the first import is done and the sync is healthy; answers the chats imported. */
export async function waitForImport(baseUrl: string, cookie: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let lastPrint = Date.now();
  while (Date.now() < deadline) {
    const status = await getJson<SyncStatusView>(`${baseUrl}/api/sync/status`, cookie);
    if (!status.import.active && status.state === "ok") return status.import.total;
    // Down for the account is final; down for a network error at start (the sandbox starting
    // beside the app, after a kept mirror's old success) passes with the next pass.
    if (status.state === "down" && status.accountError) throw new Error(`the sync is down: ${status.lastError ?? "no reason given"}`);
    if (Date.now() - lastPrint >= 10_000) {
      console.log(`  importing: ${status.import.done} of ${status.import.total} chats`);
      lastPrint = Date.now();
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the first import did not finish within ${timeoutMs / 1000} s`);
}

export interface PollResult {
  /** 0 when the request failed without an answer. */
  status: number;
  ms: number;
  bodyBytes: number;
  /** Status line and headers as they would travel on HTTP/1.1, approximately. */
  headerBytes: number;
  etag: string | null;
  body: ArrayBuffer | null;
}

/** One poll of `/api/inbox`, timed around the request and the whole body, as a browser sees it. */
export async function pollInbox(baseUrl: string, cookie: string, etag: string | null, search = ""): Promise<PollResult> {
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}/api/inbox${search}`, {
      headers: { cookie, ...(etag ? { "if-none-match": etag } : {}) },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = await response.arrayBuffer();
    const ms = performance.now() - started;
    let headerBytes = `HTTP/1.1 ${response.status} ${response.statusText}\r\n\r\n`.length;
    response.headers.forEach((value, name) => (headerBytes += name.length + value.length + 4));
    return { status: response.status, ms, bodyBytes: body.byteLength, headerBytes, etag: response.headers.get("etag"), body };
  } catch {
    return { status: 0, ms: performance.now() - started, bodyBytes: 0, headerBytes: 0, etag: null, body: null };
  }
}

export function parseInbox(result: PollResult): InboxResponse | null {
  if (result.status !== 200 || !result.body) return null;
  return JSON.parse(new TextDecoder().decode(result.body)) as InboxResponse;
}
