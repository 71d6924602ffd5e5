import type { WorkChange } from "@/lib/contract/work";
import type { Db } from "@/lib/db/handle";
import { markSeenIn, markUnreadIn } from "@/lib/db/queries/seen";
import { bumpMirrorVersion } from "@/lib/db/queries/sync-state";
import { existingConversations } from "@/lib/db/queries/conversations";
import { activeAgentExists } from "@/lib/db/queries/agents-work";
import { getWorkState, setAssignee, setStatus, type ChangeBy } from "@/lib/db/queries/work";
import type { SessionAgent } from "@/lib/auth/access";

/*
 * The rules of conversations as work, as the agents' actions apply them. Every change is
 * recorded in conversation_events by the statements themselves (lib/db/queries/work.ts), so the
 * record cannot miss one.
 *
 * - Anyone may resolve, reopen, mark pending or snooze, and assign a conversation to themselves.
 * - An agent may give to a teammate, or unassign, only a conversation that is unassigned or
 *   their own; a supervisor may do so with any.
 */

/** A refusal of a change; its message is the catalog key of the sentence the person reads. */
export class WorkError extends Error {
  constructor(
    readonly code: "not_found" | "forbidden" | "bad_request",
    key: string,
  ) {
    super(key);
  }
}

/** Applies one change to the conversations, in one transaction; the number that changed. */
export async function changeConversations(db: Db, agent: SessionAgent, ids: number[], change: WorkChange, now = new Date()): Promise<{ changed: number }> {
  const changed = await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const found = await existingConversations(t, ids);
    if (found.length < ids.length) throw new WorkError("not_found", ids.length === 1 ? "errors.conversationGone" : "errors.conversationsGone");
    await checkMayAssign(t, agent, found, change);
    return applyChange(t, agent, ids, change, now);
  });
  if (changed > 0) await bumpMirrorVersion(db);
  return { changed };
}

async function checkMayAssign(db: Db, agent: SessionAgent, found: { id: number; assigneeId: string | null }[], change: WorkChange) {
  if (change.change !== "assign" && change.change !== "unassign") return;
  if (change.change === "assign" && !(await activeAgentExists(db, change.assigneeId))) {
    throw new WorkError("bad_request", "errors.teammateInactive");
  }
  const toSelf = change.change === "assign" && change.assigneeId === agent.id;
  if (agent.role === "supervisor" || toSelf) return;
  if (found.some((row) => row.assigneeId !== null && row.assigneeId !== agent.id)) {
    throw new WorkError("forbidden", "errors.supervisorToMove");
  }
}

async function applyChange(db: Db, agent: SessionAgent, ids: number[], change: WorkChange, now: Date): Promise<number> {
  const by: ChangeBy = { actorId: agent.id, now };
  switch (change.change) {
    case "resolve":
      return (await setStatus(db, ids, "resolved", by)).length;
    case "reopen":
      return (await setStatus(db, ids, "open", by)).length;
    case "pending":
      return (await setStatus(db, ids, "pending", by)).length;
    case "snooze":
      return (await setStatus(db, ids, "snoozed", by, new Date(change.until))).length;
    case "assign":
      return (await setAssignee(db, ids, change.assigneeId, by)).length;
    case "unassign":
      return (await setAssignee(db, ids, null, by)).length;
    case "read":
      return markSeenIn(db, ids);
    case "unread":
      return markUnreadIn(db, ids);
  }
}

/**
 * Unread is the team's, and only a look that means "I am on it" clears it: the assignee's,
 * or an agent's on an unassigned conversation. A supervisor looking does not (they can still
 * mark it read). Replying clears it too (lib/inbox/send.ts). Undefined: no such conversation.
 */
export async function lookAt(db: Db, agent: SessionAgent, conversationId: number): Promise<{ cleared: boolean } | undefined> {
  const state = await getWorkState(db, conversationId);
  if (!state) return undefined;
  const onIt = state.assigneeId === agent.id || (state.assigneeId === null && agent.role === "agent");
  if (!onIt) return { cleared: false };
  const changed = await markSeenIn(db, [conversationId]);
  if (changed > 0) await bumpMirrorVersion(db);
  return { cleared: true };
}

/** Replying to an unassigned conversation assigns it to the one who replied (recorded with the reason "reply"). */
export async function assignOnReply(db: Db, conversationId: number, agentId: string, now: Date): Promise<void> {
  const state = await getWorkState(db, conversationId);
  if (state && state.assigneeId === null) await setAssignee(db, [conversationId], agentId, { actorId: agentId, reason: "reply", now });
}
