import { eq } from "drizzle-orm";
import type { WorkSettings } from "@/lib/contract/work";
import type { Db } from "../handle";
import { queueSettings } from "../schema";
import { QUEUE_SETTINGS_ID } from "./figures";

export const DEFAULT_WORK_SETTINGS: WorkSettings = { autoResolvePendingDays: 7, autoAssign: false, autoAssignCap: 10 };

/** The team's settings for conversations as work (one row, shared with the wait threshold). */
export async function getWorkSettings(db: Db): Promise<WorkSettings> {
  const rows = await db.select().from(queueSettings).where(eq(queueSettings.id, QUEUE_SETTINGS_ID));
  const row = rows[0];
  if (!row) return DEFAULT_WORK_SETTINGS;
  return { autoResolvePendingDays: row.autoResolvePendingDays, autoAssign: row.autoAssign, autoAssignCap: row.autoAssignCap };
}

export async function setWorkSettings(db: Db, settings: WorkSettings): Promise<void> {
  await db
    .insert(queueSettings)
    .values({ id: QUEUE_SETTINGS_ID, ...settings })
    .onConflictDoUpdate({ target: queueSettings.id, set: settings });
}
