"use server";

import { z } from "zod";
import { ActionError, serverAction } from "@/lib/actions/server-action";
import { getDb } from "@/lib/db/instance";
import { markConversationUnread } from "./unread";
import { lookAt } from "./work";

const conversationInput = z.object({
  conversationId: z.number("validation.conversation").int("validation.conversation").positive("validation.conversation"),
});

/**
 * The look of someone who opened the conversation. It clears unread only when it means "I am
 * on it" (lib/inbox/work.ts, `lookAt`); `cleared` says whether it did.
 */
export const markSeenAction = serverAction({ name: "markSeen", input: conversationInput }, async ({ conversationId }, agent) => {
  const look = await lookAt(await getDb(), agent, conversationId);
  if (!look) throw new ActionError("not_found", "errors.conversationGone");
  return { conversationId, cleared: look.cleared };
});

export const markUnreadAction = serverAction({ name: "markUnread", input: conversationInput }, async ({ conversationId }) => {
  if (!(await markConversationUnread(await getDb(), conversationId))) {
    throw new ActionError("not_found", "errors.conversationGone");
  }
  return { conversationId };
});
