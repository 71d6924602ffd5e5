"use server";

import { ActionError, serverAction } from "@/lib/actions/server-action";
import { saveContactSchema } from "@/lib/contract/contact";
import { getDb } from "@/lib/db/instance";
import { updateContact } from "./contact";

/** A contact's display name and note: anyone on the team may set them, for everyone. */
export const saveContactAction = serverAction({ name: "saveContact", input: saveContactSchema }, async ({ conversationId, displayName, note }, agent) => {
  if (!(await updateContact(await getDb(), conversationId, { displayName, note }, agent.id))) throw new ActionError("not_found", "errors.conversationGone");
  return { conversationId, displayName };
});
