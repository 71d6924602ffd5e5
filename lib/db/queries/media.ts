import { eq, sql } from "drizzle-orm";
import type { Db } from "../handle";
import { mediaSettings } from "../schema";

/** The one row of the media settings. */
export const MEDIA_SETTINGS_ID = "team";

/** The allow-list as kept; undefined while nobody has changed it (the defaults apply). */
export async function readMediaHosts(db: Db): Promise<string[] | undefined> {
  const rows = await db.select({ hosts: mediaSettings.allowedHosts }).from(mediaSettings).where(eq(mediaSettings.id, MEDIA_SETTINGS_ID));
  return rows[0]?.hosts;
}

/**
 * Adds a host in one statement, so that two supervisors adding at once both count. The first
 * change starts from `initial` (the defaults with the host). Undefined when nothing changed:
 * the host was there already, or the list holds `max` hosts.
 */
export async function addMediaHost(db: Db, host: string, initial: string[], max: number, by: string): Promise<string[] | undefined> {
  const rows = await db
    .insert(mediaSettings)
    .values({ id: MEDIA_SETTINGS_ID, allowedHosts: initial, updatedBy: by })
    .onConflictDoUpdate({
      target: mediaSettings.id,
      set: { allowedHosts: sql`array_append(${mediaSettings.allowedHosts}, ${host}::text)`, updatedAt: sql`now()`, updatedBy: by },
      setWhere: sql`not (${host}::text = any(${mediaSettings.allowedHosts})) and cardinality(${mediaSettings.allowedHosts}) < ${max}`,
    })
    .returning({ hosts: mediaSettings.allowedHosts });
  return rows[0]?.hosts;
}

/** Removes a host in one statement; the first change starts from `initial` (the defaults without it). */
export async function removeMediaHost(db: Db, host: string, initial: string[], by: string): Promise<string[]> {
  const rows = await db
    .insert(mediaSettings)
    .values({ id: MEDIA_SETTINGS_ID, allowedHosts: initial, updatedBy: by })
    .onConflictDoUpdate({
      target: mediaSettings.id,
      set: { allowedHosts: sql`array_remove(${mediaSettings.allowedHosts}, ${host}::text)`, updatedAt: sql`now()`, updatedBy: by },
    })
    .returning({ hosts: mediaSettings.allowedHosts });
  return rows[0]?.hosts ?? initial;
}

/** Back to the defaults: the row goes, and with it every change. */
export async function resetMediaHosts(db: Db): Promise<void> {
  await db.delete(mediaSettings).where(eq(mediaSettings.id, MEDIA_SETTINGS_ID));
}
