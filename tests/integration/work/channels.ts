import type { Db } from "@/lib/db/handle";
import { channels } from "@/lib/db/schema";

/** The two channels of the scripted scenario, by name. */
export async function listChannelsForTest(db: Db): Promise<{ sales: number; support: number }> {
  const rows = await db.select().from(channels);
  const byName = (name: string) => rows.find((row) => row.name === name)!.id;
  return { sales: byName("Sales"), support: byName("Support") };
}
