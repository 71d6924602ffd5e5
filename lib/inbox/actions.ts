"use server";

import { z } from "zod";
import { ActionError } from "@/lib/auth/action";
import { serverAction } from "@/lib/auth/server-action";
import { getDb } from "@/lib/server/db";
import { markConversationSeen, markConversationUnread } from "./unread";

const conversationInput = z.object({
  conversationId: z.number("Choose a conversation.").int("Choose a conversation.").positive("Choose a conversation."),
});

export const markSeenAction = serverAction({ name: "markSeen", input: conversationInput }, async ({ conversationId }) => {
  if (!(await markConversationSeen(await getDb(), conversationId))) {
    throw new ActionError("not_found", "That conversation no longer exists.", 404);
  }
  return { conversationId };
});

export const markUnreadAction = serverAction({ name: "markUnread", input: conversationInput }, async ({ conversationId }) => {
  if (!(await markConversationUnread(await getDb(), conversationId))) {
    throw new ActionError("not_found", "That conversation no longer exists.", 404);
  }
  return { conversationId };
});
