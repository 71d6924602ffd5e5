import { freshResponse } from "@/lib/actions/poll-response";
import { route } from "@/lib/actions/route";
import { syncStatusSchema } from "@/lib/contract/inbox";
import { syncStatusNow } from "@/lib/inbox/reads";

export const dynamic = "force-dynamic";

/** The sync state, and the first import's progress (chats done of total). */
export const GET = route({}, async () => freshResponse(syncStatusSchema.parse(await syncStatusNow())));
