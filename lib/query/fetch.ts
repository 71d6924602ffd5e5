/*
 * What every polled read of the browser shares: the error type, a JSON fetch that never
 * answers from the HTTP cache, and a conditional one that keeps ETags.
 */

/** A read answered with an error status; `status` 401 means the session has ended. */
export class FetchError extends Error {
  override readonly name = "FetchError";
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function failure(response: Response): Promise<FetchError> {
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  return new FetchError(response.status, body?.error ?? `HTTP ${response.status}`);
}

export async function fetchJson<T>(url: string, parse: (raw: unknown) => T, signal?: AbortSignal): Promise<T> {
  // no-store: a poll must reach the server, never the browser's HTTP cache.
  const response = await fetch(url, { cache: "no-store", signal });
  if (!response.ok) throw await failure(response);
  return parse(await response.json());
}

const MAX_REMEMBERED = 300;
const remembered = new Map<string, { etag: string; data: unknown }>();

/** A conditional read: the last ETag and answer per URL are kept, so "unchanged" is a bodiless 304. */
export async function fetchWithEtag<T>(url: string, parse: (raw: unknown) => T, signal?: AbortSignal): Promise<T> {
  const cached = remembered.get(url);
  // no-store: the browser's own cache must not turn our 304 into a 200 behind our back.
  const response = await fetch(url, { headers: cached ? { "If-None-Match": cached.etag } : {}, cache: "no-store", signal });
  if (response.status === 304 && cached) {
    // Reading the empty body ends the request; left unread, the browser counts it as aborted.
    await response.text();
    return cached.data as T;
  }
  if (!response.ok) throw await failure(response);
  const data = parse(await response.json());
  const etag = response.headers.get("ETag");
  remembered.delete(url);
  if (etag) remembered.set(url, { etag, data });
  if (remembered.size > MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string);
  return data;
}

/** The next poll of these URLs asks unconditionally, for changes the server's ETag does not cover. */
export function forgetEtags(prefix: string): void {
  for (const url of [...remembered.keys()]) if (url.startsWith(prefix)) remembered.delete(url);
}
