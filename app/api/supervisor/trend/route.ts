import { freshResponse } from "@/lib/actions/poll-response";
import { route } from "@/lib/actions/route";
import { trendQuerySchema } from "@/lib/contract/queues";
import { trendNow } from "@/lib/queues/reads";

export const dynamic = "force-dynamic";

/** Unread conversations per channel over the last hour (per minute) or day (per 15 minutes). */
export const GET = route({ role: "supervisor", query: trendQuerySchema }, async ({ query }) => freshResponse(await trendNow(query.range)));
