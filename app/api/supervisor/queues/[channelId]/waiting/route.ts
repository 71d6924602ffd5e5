import { z } from "zod";
import { freshResponse } from "@/lib/actions/poll-response";
import { route, routeError } from "@/lib/actions/route";
import { waitingNow } from "@/lib/queues/reads";

export const dynamic = "force-dynamic";

const idSchema = z.coerce.number().int().positive().max(2_147_483_647);

/** A channel's waiting conversations, longest wait first. */
export const GET = route({ role: "supervisor" }, async ({ params }) => {
  const channelId = idSchema.safeParse(params.channelId);
  if (!channelId.success) return routeError(400, "bad_request", "errors.channelIdInvalid");
  const waiting = await waitingNow({ channelId: channelId.data });
  if (!waiting) return routeError(404, "not_found", "errors.channelNotFound");
  return freshResponse(waiting);
});
