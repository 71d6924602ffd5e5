import { decode, getToken, type JWT, type JWTDecodeParams } from "next-auth/jwt";
import { sessionSecret } from "./secret";
import type { SessionClaim } from "./session-agent";

/**
 * How many distinct session cookies keep their decoded token. An agent's cookie stays the same
 * from sign-in to sign-out (the app never asks next-auth to roll it), so this is about one
 * entry per signed-in browser.
 */
export const KEPT_TOKENS = 1_000;
/** next-auth's own leeway on a token's expiry. */
const CLOCK_TOLERANCE_S = 15;

export type TokenRequest = Parameters<typeof getToken>[0]["req"];

const kept = new Map<string, Readonly<JWT>>();

function stillValid(token: Readonly<JWT>, nowS: number): boolean {
  return typeof token.exp !== "number" || token.exp + CLOCK_TOLERANCE_S > nowS;
}

/**
 * next-auth's decode, once per distinct cookie. Every request, a 304 poll included, decoded the
 * session cookie (an HKDF key derivation and a decryption) once in proxy.ts and again, with a
 * new token encoded for nothing (the App Router cannot set it), in getServerSession: three key
 * derivations per request, a tenth of the server's thread under fifty polling agents. The
 * same bytes decrypt to the same claims, so a cookie seen before is answered from memory until
 * it expires; a cookie never seen is decoded and checked in full.
 */
async function keptDecode(params: JWTDecodeParams): Promise<JWT | null> {
  const { token } = params;
  if (!token) return null;
  const nowS = Date.now() / 1000;
  const hit = kept.get(token);
  if (hit && stillValid(hit, nowS)) {
    // Most recently used last, so that eviction takes the longest unused.
    kept.delete(token);
    kept.set(token, hit);
    return hit;
  }
  kept.delete(token);
  const claims = await decode(params);
  if (claims) {
    kept.set(token, Object.freeze(claims));
    if (kept.size > KEPT_TOKENS) kept.delete(kept.keys().next().value as string);
  }
  return claims;
}

/** The decoded session token of a request (proxy.ts passes its NextRequest), or null. */
export function readSessionToken(req: TokenRequest): Promise<Readonly<JWT> | null> {
  return getToken({ req, secret: sessionSecret(), decode: keptDecode });
}

/** Who a token says the request is: checked against the database by agentForClaim. */
export function claimOf(token: Readonly<JWT>): SessionClaim {
  return { agentId: token.agentId, sessionVersion: token.sessionVersion };
}
