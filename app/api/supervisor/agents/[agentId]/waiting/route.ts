import { z } from "zod";
import { freshResponse } from "@/lib/actions/poll-response";
import { route, routeError } from "@/lib/actions/route";
import { waitingNow } from "@/lib/queues/reads";

export const dynamic = "force-dynamic";

const idSchema = z.uuid();

/** The open conversations waiting on one agent, longest wait first. */
export const GET = route({ role: "supervisor" }, async ({ params }) => {
  const agentId = idSchema.safeParse(params.agentId);
  if (!agentId.success) return routeError(400, "bad_request", "errors.agentIdInvalid");
  const waiting = await waitingNow({ agentId: agentId.data });
  if (!waiting) return routeError(404, "not_found", "errors.agentNotFound");
  return freshResponse(waiting);
});
