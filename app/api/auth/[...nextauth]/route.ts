import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { getAuthOptions } from "@/lib/auth/options";

type Segment = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, segment: Segment) {
  return NextAuth(request, { params: await segment.params }, getAuthOptions());
}

export { handler as GET, handler as POST };
