import "server-only";
import { PRESENCE_TTL_MS, type PresenceBeat, type PresenceResponse } from "@/lib/contract/presence";
import type { Db } from "@/lib/db/handle";
import { dropPresence, listPresence, notePresence, prunePresence } from "@/lib/db/queries/presence";
import { writeAtMostEvery } from "@/lib/db/write-throttle";

const pruneDue = writeAtMostEvery(60_000);

/**
 * A tab's heartbeat: it has this conversation open (typing or not), or has just left one; the
 * answer is who else has what open now. Presence is never queued behind a send: its own route,
 * a single small write and read.
 */
export async function presenceBeat(db: Db, agentId: string, beat: PresenceBeat, now: Date): Promise<PresenceResponse> {
  if (beat.left && beat.left !== beat.viewing) await dropPresence(db, agentId, beat.left);
  if (beat.viewing) await notePresence(db, agentId, beat.viewing, beat.typing, now);
  if (pruneDue("presence", now)) await prunePresence(db, new Date(now.getTime() - 3_600_000));
  const others = await listPresence(db, new Date(now.getTime() - PRESENCE_TTL_MS), agentId);
  return { others };
}
