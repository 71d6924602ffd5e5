import type { Db } from "@/lib/db/handle";
import { setAgentActive } from "@/lib/db/queries/agents";
import { bumpMirrorVersion } from "@/lib/db/queries/sync-state";
import { openAssignedTo, setAssignee } from "@/lib/db/queries/work";

/**
 * Deactivates or reactivates an agent. A deactivated agent's open conversations go back to
 * unassigned (recorded with the reason "deactivated"), so that nobody waits on someone who
 * can no longer answer. `actorId` is the supervisor who did it; null from the command line.
 */
export async function setAgentActiveWithWork(db: Db, agentId: string, active: boolean, actorId: string | null, now = new Date()) {
  const updated = await setAgentActive(db, agentId, active);
  if (updated && !active) {
    const open = await openAssignedTo(db, agentId);
    if ((await setAssignee(db, open, null, { actorId, reason: "deactivated", now })).length > 0) await bumpMirrorVersion(db);
  }
  return updated;
}
