import { eq } from "drizzle-orm";
import type { Db } from "../handle";
import { channels, queueSettings } from "../schema";
import { DEFAULT_WAIT_THRESHOLD_SECONDS, QUEUE_SETTINGS_ID } from "./figures";

export async function defaultThresholdSeconds(db: Db): Promise<number> {
  const rows = await db.select().from(queueSettings).where(eq(queueSettings.id, QUEUE_SETTINGS_ID));
  return rows[0]?.defaultWaitThresholdSeconds ?? DEFAULT_WAIT_THRESHOLD_SECONDS;
}

export async function setDefaultThreshold(db: Db, seconds: number): Promise<void> {
  await db
    .insert(queueSettings)
    .values({ id: QUEUE_SETTINGS_ID, defaultWaitThresholdSeconds: seconds })
    .onConflictDoUpdate({ target: queueSettings.id, set: { defaultWaitThresholdSeconds: seconds } });
}

/** `null` makes the channel follow the default again. False when there is no such channel. */
export async function setChannelThreshold(db: Db, channelId: number, seconds: number | null): Promise<boolean> {
  const rows = await db.update(channels).set({ waitThresholdSeconds: seconds }).where(eq(channels.id, channelId)).returning({ id: channels.id });
  return rows.length > 0;
}
