import { NextResponse } from "next/server";
import { route } from "@/lib/actions/route";
import { cannedRepliesNow } from "@/lib/inbox/canned-reads";

export const dynamic = "force-dynamic";

/** The canned replies the caller may insert: the team's and their own, by name. */
export const GET = route({}, async ({ agent }) => {
  return NextResponse.json({ replies: await cannedRepliesNow(agent) }, { headers: { "cache-control": "no-store" } });
});
