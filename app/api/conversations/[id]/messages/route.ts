import { z } from "zod";
import { pollResponse } from "@/lib/actions/poll-response";
import { route, routeError } from "@/lib/actions/route";
import { messagesQuerySchema } from "@/lib/contract/inbox";
import { BadCursorError, pollThread } from "@/lib/inbox/reads";

export const dynamic = "force-dynamic";

const idSchema = z.coerce.number().int().positive().max(2_147_483_647);

/** A conversation's messages, newest last, paged backwards with `before`. */
export const GET = route({ query: messagesQuerySchema }, async ({ query, params, request }) => {
  const id = idSchema.safeParse(params.id);
  if (!id.success) return routeError(400, "bad_request", "errors.conversationIdInvalid");
  try {
    const polled = await pollThread(id.data, query, request.nextUrl.search, request.headers.get("if-none-match"));
    if (!polled) return routeError(404, "not_found", "errors.conversationNotFound");
    return pollResponse(polled);
  } catch (error) {
    if (error instanceof BadCursorError) return routeError(400, "bad_request", "errors.badCursor");
    throw error;
  }
});
