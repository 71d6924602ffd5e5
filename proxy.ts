import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

const PUBLIC_PATHS = ["/login", "/api/auth", "/api/health"];
const SUPERVISOR_PATHS = ["/supervisor", "/api/supervisor", "/api/agents"];

const matches = (pathname: string, prefixes: string[]) =>
  prefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));

/**
 * The first gate: no session, a redirect to sign-in (pages) or 401 (API); an agent on a
 * supervisor path, 403. Pages, routes and actions check again themselves.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (matches(pathname, PUBLIC_PATHS)) return NextResponse.next();

  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  const isApi = pathname.startsWith("/api/");
  if (!token) {
    if (isApi) return NextResponse.json({ error: "Sign in to continue.", code: "unauthenticated" }, { status: 401 });
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  if (matches(pathname, SUPERVISOR_PATHS) && token.role !== "supervisor") {
    if (isApi) return NextResponse.json({ error: "This needs the supervisor role.", code: "forbidden" }, { status: 403 });
    // The page itself renders the 403 page through forbidden().
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|ico|webmanifest)$).*)"],
};
