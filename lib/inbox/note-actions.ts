"use server";

import { ActionError, serverAction } from "@/lib/actions/server-action";
import { addNoteSchema, markMentionsReadSchema } from "@/lib/contract/notes";
import { getDb } from "@/lib/db/instance";
import { addNote, markRead } from "./notes";

/** A private note in a conversation, by any agent; `@Name` mentions a teammate. Never sent to the customer. */
export const addNoteAction = serverAction({ name: "addNote", input: addNoteSchema }, async ({ conversationId, text }, agent) => {
  const note = await addNote(await getDb(), agent.id, conversationId, text);
  if (!note) throw new ActionError("not_found", "errors.conversationGone");
  return { id: note.id, conversationId, mentions: note.mentions };
});

/** Marks the agent's own mentions read: some by id, or all. */
export const markMentionsReadAction = serverAction({ name: "markMentionsRead", input: markMentionsReadSchema }, async ({ ids, all }, agent) => {
  const result = await markRead(await getDb(), agent.id, all ? "all" : (ids ?? []));
  if (!result) throw new ActionError("not_found", "errors.mentionGone");
  return result;
});
