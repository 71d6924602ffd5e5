import { NextResponse } from "next/server";
import { route, routeError } from "@/lib/actions/route";
import { activityQuerySchema } from "@/lib/contract/activity";
import { BadActivityCursorError } from "@/lib/queues/activity";
import { activityNow } from "@/lib/queues/reads";

export const dynamic = "force-dynamic";

/** The record (status and assignee changes, sends with Afilnet's answer), newest first, filtered and paged. */
export const GET = route({ role: "supervisor", query: activityQuerySchema }, async ({ query }) => {
  try {
    return NextResponse.json(await activityNow(query));
  } catch (error) {
    if (error instanceof BadActivityCursorError) return routeError(400, "bad_request", "errors.badCursor");
    throw error;
  }
});
