import { NextResponse } from "next/server";
import { z } from "zod";
import { route, routeError } from "@/lib/actions/route";
import { contactNow } from "@/lib/inbox/reads";

export const dynamic = "force-dynamic";

const idSchema = z.coerce.number().int().positive().max(2_147_483_647);

/** The contact panel: the customer's name and note, the destination, first and last message, and their other chats. */
export const GET = route({}, async ({ params }) => {
  const id = idSchema.safeParse(params.id);
  if (!id.success) return routeError(400, "bad_request", "errors.conversationIdInvalid");
  const contact = await contactNow(id.data);
  if (!contact) return routeError(404, "not_found", "errors.conversationNotFound");
  return NextResponse.json(contact, { headers: { "cache-control": "no-store" } });
});
