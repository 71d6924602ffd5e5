import { NextResponse } from "next/server";
import { z } from "zod";
import { route } from "@/lib/auth/route";
import { messagesQuerySchema, messagesResponseSchema } from "@/lib/inbox/api-types";
import { notModified, pollHeaders, weakEtag } from "@/lib/inbox/etag";
import { BadCursorError, getConversation, listMessages } from "@/lib/inbox/reads";
import { listPendingSends } from "@/lib/db/queries/outbox";
import { toPendingSendView } from "@/lib/inbox/outbox-view";
import { getDb } from "@/lib/server/db";

export const dynamic = "force-dynamic";

const idSchema = z.coerce.number().int().positive().max(2_147_483_647);

/** A conversation's messages, newest last, paged backwards with `before`. */
export const GET = route({ query: messagesQuerySchema }, async ({ query, params, request }) => {
  const id = idSchema.safeParse(params.id);
  if (!id.success) {
    return NextResponse.json({ error: "id: must be a conversation id (a positive whole number).", code: "bad_request" }, { status: 400 });
  }
  const db = await getDb();
  const conversation = await getConversation(db, id.data);
  if (!conversation) return NextResponse.json({ error: "There is no conversation with that id.", code: "not_found" }, { status: 404 });
  const etag = weakEtag([conversation.version, conversation.unreadCount, request.nextUrl.search]);
  if (request.headers.get("if-none-match") === etag) return notModified(etag);
  try {
    const [page, pending] = await Promise.all([
      listMessages(db, id.data, { before: query.before, limit: query.limit }),
      query.before ? Promise.resolve([]) : listPendingSends(db, id.data),
    ]);
    const body = messagesResponseSchema.parse({
      conversation,
      ...page,
      pending: pending.map((send) => toPendingSendView(send, send.agentName)),
    });
    return NextResponse.json(body, { headers: pollHeaders(etag) });
  } catch (error) {
    if (error instanceof BadCursorError) return NextResponse.json({ error: error.message, code: "bad_request" }, { status: 400 });
    throw error;
  }
});
