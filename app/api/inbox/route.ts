import { pollResponse } from "@/lib/actions/poll-response";
import { route, routeError } from "@/lib/actions/route";
import { inboxPollQuerySchema } from "@/lib/contract/inbox-delta";
import { BadCursorError, pollInbox } from "@/lib/inbox/reads";

export const dynamic = "force-dynamic";

/**
 * The inbox poll: channels, totals, the sync state and a page of conversations; with `since`,
 * only what changed in the view since that version (lib/contract/inbox-delta.ts); 304 when unchanged.
 */
export const GET = route({ query: inboxPollQuerySchema }, async ({ query, request, agent }) => {
  try {
    return pollResponse(await pollInbox(query, request.nextUrl.search, request.headers.get("if-none-match"), agent.id));
  } catch (error) {
    if (error instanceof BadCursorError) return routeError(400, "bad_request", "errors.badCursor");
    throw error;
  }
});
