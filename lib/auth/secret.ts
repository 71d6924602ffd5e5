import { loadEnv } from "@/lib/env";

export const MISSING_SECRET =
  "NEXTAUTH_SECRET is not set, so no session can be signed or read. Start the app with npm run dev or npm start " +
  "(they keep one in .data/auth-secret when none is set), or set NEXTAUTH_SECRET to 32+ random characters " +
  "(try: openssl rand -base64 32).";

/**
 * The one secret that signs session cookies (next-auth) and reads them (proxy.ts). Read here
 * only, so the two can never disagree: next-auth's development fallback is never used.
 */
export function sessionSecret(): string {
  const secret = loadEnv().NEXTAUTH_SECRET;
  if (!secret) throw new Error(MISSING_SECRET);
  return secret;
}
