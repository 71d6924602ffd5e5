import "server-only";
import { NextResponse } from "next/server";

const POLL_CACHE = "private, no-cache";

/**
 * A polled answer: 304 with no body when the caller holds the current ETag, else the body.
 * Private and revalidated every time, so that no shared cache keeps one agent's answer.
 */
export function pollResponse(polled: { etag: string; body?: unknown }): Response {
  const headers = { ETag: polled.etag, "Cache-Control": POLL_CACHE };
  if (polled.body === undefined) return new Response(null, { status: 304, headers });
  return NextResponse.json(polled.body, { headers });
}

/** An answer that is never reused: the supervisor's figures, the sync state. */
export function freshResponse(body: unknown): Response {
  return NextResponse.json(body, { headers: { "Cache-Control": "private, no-store" } });
}
