import { createHash } from "node:crypto";

/** A weak ETag over everything a poll's answer depends on. */
export function weakEtag(parts: unknown[]): string {
  return `W/"${createHash("sha1").update(JSON.stringify(parts)).digest("base64url").slice(0, 20)}"`;
}

export function notModified(etag: string): Response {
  return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": "private, no-cache" } });
}

export const pollHeaders = (etag: string) => ({ ETag: etag, "Cache-Control": "private, no-cache" });
