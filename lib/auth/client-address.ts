import { isIP } from "node:net";

/**
 * The header the server (scripts/server.ts) sets on every request to the address it trusts,
 * after removing any value the client sent. The app reads the address from here only.
 */
export const CLIENT_ADDRESS_HEADER = "x-inbox-client-address";

function normalise(address: string | undefined): string | undefined {
  const trimmed = address?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return trimmed && isIP(trimmed) ? trimmed : undefined;
}

/**
 * The client's address: the socket's peer, unless `trustedHops` proxies stand in front, in
 * which case the Nth address of X-Forwarded-For counted from the right (what the outermost
 * trusted proxy saw). Entries further left are the client's own claims and never used.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string {
  const socket = normalise(socketAddress) ?? "unknown";
  if (trustedHops <= 0) return socket;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length === 0) return socket;
  // Fewer entries than trusted hops: the leftmost one is still a proxy's, not the client's claim.
  const entry = chain[Math.max(0, chain.length - trustedHops)];
  return normalise(entry) ?? socket;
}

/** The address of a request that came through the server; "unknown" when it did not. */
export function requestAddress(headers: Record<string, unknown> | Headers | undefined): string {
  const value = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers?.[CLIENT_ADDRESS_HEADER];
  return typeof value === "string" ? (normalise(value) ?? "unknown") : "unknown";
}
