import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { getAuthOptions } from "@/lib/auth/options";

type Segment = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, segment: Segment) {
  return NextAuth(request, { params: await segment.params }, getAuthOptions());
}

/**
 * Credentials are only ever POSTed: next-auth answers a GET of their callback with a 500 and
 * its own error text, so it is refused here first.
 */
async function get(request: NextRequest, segment: Segment) {
  const [action, provider] = (await segment.params).nextauth;
  if (action === "callback" && provider === "credentials") {
    return NextResponse.json(
      { error: "Sign in with the form: this address takes POST only.", code: "bad_request" },
      { status: 405, headers: { Allow: "POST" } },
    );
  }
  return handler(request, segment);
}

export { get as GET, handler as POST };
