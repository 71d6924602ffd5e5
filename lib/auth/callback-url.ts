export const DEFAULT_AFTER_SIGN_IN = "/inbox";

// Resolved against a placeholder origin: only a path of this app resolves back to it.
const PLACEHOLDER_ORIGIN = "http://inbox.invalid";

/**
 * Where to go after sign-in: a path of this app, never another origin. Browsers drop tabs,
 * newlines and backslashes from URLs ("/\t/evil.example" becomes "//evil.example"), so any
 * control character or backslash refuses the value outright rather than being cleaned.
 */
export function safeCallbackPath(value: string | string[] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || raw.length > 2000 || !raw.startsWith("/")) return DEFAULT_AFTER_SIGN_IN;
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return DEFAULT_AFTER_SIGN_IN;
  let url: URL;
  try {
    url = new URL(raw, PLACEHOLDER_ORIGIN);
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN || url.pathname.startsWith("//")) return DEFAULT_AFTER_SIGN_IN;
  // Back to the login page would loop.
  if (url.pathname === "/login") return DEFAULT_AFTER_SIGN_IN;
  return `${url.pathname}${url.search}${url.hash}`;
}
