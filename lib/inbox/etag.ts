import { createHash } from "node:crypto";

/** A weak ETag over everything a poll's answer depends on. */
export function weakEtag(parts: unknown[]): string {
  return `W/"${createHash("sha1").update(JSON.stringify(parts)).digest("base64url").slice(0, 20)}"`;
}
