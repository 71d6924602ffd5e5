"use server";

import { z } from "zod";
import { ActionError, serverAction } from "@/lib/actions/server-action";
import { getDb } from "@/lib/db/instance";
import { markConversationSeen, markConversationUnread } from "./unread";

const conversationInput = z.object({
  conversationId: z.number("Choose a conversation.").int("Choose a conversation.").positive("Choose a conversation."),
});

export const markSeenAction = serverAction({ name: "markSeen", input: conversationInput }, async ({ conversationId }) => {
  if (!(await markConversationSeen(await getDb(), conversationId))) {
    throw new ActionError("not_found", "That conversation no longer exists.");
  }
  return { conversationId };
});

export const markUnreadAction = serverAction({ name: "markUnread", input: conversationInput }, async ({ conversationId }) => {
  if (!(await markConversationUnread(await getDb(), conversationId))) {
    throw new ActionError("not_found", "That conversation no longer exists.");
  }
  return { conversationId };
});
