import { freshResponse } from "@/lib/actions/poll-response";
import { route } from "@/lib/actions/route";
import { queuesQuerySchema } from "@/lib/contract/queues";
import { queuesNow } from "@/lib/queues/reads";

export const dynamic = "force-dynamic";

/** The queues of every channel, the total, and the team; `tz` sets where "today" starts. */
export const GET = route({ role: "supervisor", query: queuesQuerySchema }, async ({ query }) => freshResponse(await queuesNow(query.tz)));
