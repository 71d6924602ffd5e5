import { NextResponse } from "next/server";
import { route, routeError } from "@/lib/actions/route";
import { presenceBeatSchema } from "@/lib/contract/presence";
import { presenceNow } from "@/lib/inbox/reads";

export const dynamic = "force-dynamic";

/**
 * A tab's heartbeat (`{ viewing, typing, left? }`): this agent has a conversation open, or
 * left one; the answer is everyone else's presence. Its own route, so that it is never queued
 * behind a send.
 */
export const POST = route({}, async ({ agent, request }) => {
  const beat = presenceBeatSchema.safeParse(await request.json().catch(() => undefined));
  if (!beat.success) return routeError(400, "bad_request", "errors.presenceInvalid");
  return NextResponse.json(await presenceNow(agent.id, beat.data), { headers: { "cache-control": "no-store" } });
});
