import { NextResponse } from "next/server";
import { z } from "zod";
import { route } from "@/lib/auth/route";
import { waitingConversations } from "@/lib/inbox/queues";
import { waitingResponseSchema } from "@/lib/inbox/queue-types";
import { getDb } from "@/lib/server/db";

export const dynamic = "force-dynamic";

const idSchema = z.coerce.number().int().positive().max(2_147_483_647);

/** A channel's waiting conversations, longest wait first. */
export const GET = route({ role: "supervisor" }, async ({ params }) => {
  const channelId = idSchema.safeParse(params.channelId);
  if (!channelId.success) {
    return NextResponse.json({ error: "channelId: must be a channel id (a positive whole number).", code: "bad_request" }, { status: 400 });
  }
  const waiting = await waitingConversations(await getDb(), channelId.data, new Date());
  if (!waiting) return NextResponse.json({ error: "There is no channel with that id.", code: "not_found" }, { status: 404 });
  return NextResponse.json(waitingResponseSchema.parse(waiting), { headers: { "Cache-Control": "no-store" } });
});
