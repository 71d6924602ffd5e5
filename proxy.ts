import { NextResponse, type NextRequest } from "next/server";
import { readSessionToken } from "@/lib/auth/session-token";
import { contentSecurityPolicy, newNonce, strictTransportSecurity } from "@/lib/auth/security-headers";
import { loadEnv } from "@/lib/env";

const PUBLIC_PATHS = ["/login", "/api/auth", "/api/health"];
const SUPERVISOR_PATHS = ["/supervisor", "/api/supervisor", "/api/agents"];

const matches = (pathname: string, prefixes: string[]) =>
  prefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));

const refusal = (status: 401 | 403, error: string, code: string) =>
  NextResponse.json({ error, code }, { status, headers: { "Cache-Control": "private, no-store" } });

/**
 * The first gate: no session, a redirect to sign-in (pages) or 401 (API); an agent on a
 * supervisor path, 403. Pages, routes and actions check again themselves, with the session
 * version (proxy.ts only reads the cookie). Every answer gets this request's CSP nonce.
 */
export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const hsts = strictTransportSecurity(loadEnv().NEXTAUTH_URL);
  const secure = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", csp);
    if (hsts) response.headers.set("Strict-Transport-Security", hsts);
    return response;
  };
  // Next reads the nonce from the request's CSP and puts it on its own scripts; the layout hands it to next-themes.
  const forwarded = new Headers(request.headers);
  forwarded.set("x-nonce", nonce);
  forwarded.set("content-security-policy", csp);
  const pass = () => secure(NextResponse.next({ request: { headers: forwarded } }));

  const { pathname, search } = request.nextUrl;
  if (matches(pathname, PUBLIC_PATHS)) return pass();

  const token = await readSessionToken(request);
  const isApi = pathname.startsWith("/api/");
  if (!token) {
    if (isApi) return secure(refusal(401, "Sign in to continue.", "unauthenticated"));
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return secure(NextResponse.redirect(login));
  }
  if (matches(pathname, SUPERVISOR_PATHS) && token.role !== "supervisor") {
    if (isApi) return secure(refusal(403, "This needs the supervisor role.", "forbidden"));
    // The page itself renders the 403 page through forbidden().
  }
  return pass();
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|ico|webmanifest)$).*)"],
};
