"use server";

import { ActionError, serverAction } from "@/lib/actions/server-action";
import { availabilityInputSchema, changeConversationsSchema, reassignSchema } from "@/lib/contract/work";
import { getDb } from "@/lib/db/instance";
import { setAvailability } from "@/lib/db/queries/agents-work";
import { bumpMirrorVersion } from "@/lib/db/queries/sync-state";
import { changeConversations, WorkError } from "./work";

async function asAction<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof WorkError) throw new ActionError(error.code, error.message);
    throw error;
  }
}

/**
 * Resolve, reopen, mark pending, snooze, assign, unassign, mark read or unread: one change to
 * one conversation or a selection, in one transaction. Answers how many changed.
 */
export const changeConversationsAction = serverAction(
  { name: "changeConversations", input: changeConversationsSchema },
  async ({ conversationIds, change }, agent) => asAction(async () => changeConversations(await getDb(), agent, conversationIds, change)),
);

/** The supervisor moves conversations to an agent, from the queues' waiting lists. */
export const reassignAction = serverAction(
  { name: "reassign", role: "supervisor", input: reassignSchema },
  async ({ conversationIds, assigneeId }, agent) =>
    asAction(async () => changeConversations(await getDb(), agent, conversationIds, { change: "assign", assigneeId })),
);

/** Online, away or offline, from the header. */
export const setAvailabilityAction = serverAction({ name: "setAvailability", input: availabilityInputSchema }, async ({ availability }, agent) => {
  const db = await getDb();
  await setAvailability(db, agent.id, availability);
  // The supervisor's Agents table shows it; their poll revalidates by version.
  await bumpMirrorVersion(db);
  return { availability };
});
