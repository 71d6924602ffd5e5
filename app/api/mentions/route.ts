import { NextResponse } from "next/server";
import { route, routeError } from "@/lib/actions/route";
import { mentionsQuerySchema } from "@/lib/contract/notes";
import { BadMentionCursorError, mentionsNow } from "@/lib/inbox/notes";

export const dynamic = "force-dynamic";

/** The signed-in agent's own mentions in private notes, newest first, with the unread count. */
export const GET = route({ query: mentionsQuerySchema }, async ({ agent, query }) => {
  try {
    return NextResponse.json(await mentionsNow(agent.id, query), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof BadMentionCursorError) return routeError(400, "bad_request", "errors.badCursor");
    throw error;
  }
});
