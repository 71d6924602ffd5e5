import type { Db } from "@/lib/db/handle";
import type { StoredChat, WorkRules } from "@/lib/sync/work-hooks";
import { nextAssignee } from "@/lib/db/queries/agents-work";
import { getWorkState, reopenOnInbound, resolveIdlePending, setAssignee, setInitialStatus, wakeSnoozed } from "@/lib/db/queries/work";
import { getWorkSettings } from "@/lib/db/queries/work-settings";
import { OFFLINE_AFTER_MS } from "./availability";

/*
 * The rules that change conversations by themselves, applied by the sync (lib/start.ts hands
 * them to the loop):
 * - a conversation seen for the first time takes its status from its last message;
 * - a customer's new message reopens a pending, snoozed or resolved conversation;
 * - a snooze ends at its time; a pending conversation idle for the team's N days is resolved
 *   (open ones never are: a waiting customer is never closed away);
 * - with auto-assignment on, a new or reopened unassigned conversation goes to the online agent
 *   with the fewest open conversations under the cap, round robin; nobody online, it waits.
 * Each change is recorded in conversation_events, "automatically", with its reason.
 */

export type { StoredChat } from "@/lib/sync/work-hooks";

/** After the sync stored changed chats; true when any conversation's work state changed. */
export async function afterChatsStored(db: Db, chats: StoredChat[], now: Date): Promise<boolean> {
  if (chats.length === 0) return false;
  const settings = await getWorkSettings(db);
  let changed = false;
  for (const chat of chats.filter((stored) => stored.created)) {
    if ((await setInitialStatus(db, chat.conversationId, now, settings.autoResolvePendingDays)).length > 0) changed = true;
  }
  // The others in one statement: a pass stores a handful of chats every few seconds.
  const reopened = new Set(await reopenOnInbound(db, chats.filter((stored) => !stored.created).map((stored) => stored.conversationId), now));
  if (reopened.size > 0) changed = true;
  const becameOpen = chats.filter((chat) => chat.created || reopened.has(chat.conversationId)).map((chat) => chat.conversationId);
  if (settings.autoAssign && (await autoAssign(db, becameOpen, settings.autoAssignCap, now)) > 0) changed = true;
  return changed;
}

/** The rules that follow the clock; run once per sync pass. True when anything changed. */
export async function applyTimedRules(db: Db, now: Date): Promise<boolean> {
  const settings = await getWorkSettings(db);
  const woken = await wakeSnoozed(db, now);
  const resolved = await resolveIdlePending(db, now, settings.autoResolvePendingDays);
  const assigned = settings.autoAssign ? await autoAssign(db, woken, settings.autoAssignCap, now) : 0;
  return woken.length + resolved.length + assigned > 0;
}

/** Gives each open, unassigned conversation of `ids` to the next agent in turn; the number assigned. */
export async function autoAssign(db: Db, ids: number[], cap: number, now: Date): Promise<number> {
  let assigned = 0;
  for (const id of ids) {
    const state = await getWorkState(db, id);
    if (!state || state.status !== "open" || state.assigneeId) continue;
    const agentId = await nextAssignee(db, cap, new Date(now.getTime() - OFFLINE_AFTER_MS));
    if (!agentId) break;
    assigned += (await setAssignee(db, [id], agentId, { actorId: null, reason: "auto_assign", now })).length;
  }
  return assigned;
}

/** The rules as the sync loop takes them. */
export const workRules: WorkRules = { afterChatsStored, applyTimedRules };
