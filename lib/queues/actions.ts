"use server";

import { z } from "zod";
import { ActionError, serverAction } from "@/lib/actions/server-action";
import { getDb } from "@/lib/db/instance";
import { thresholdMinutesSchema } from "@/lib/contract/queues";
import { workSettingsSchema } from "@/lib/contract/work";
import { setWorkSettings } from "@/lib/db/queries/work-settings";
import { bumpMirrorVersion } from "@/lib/db/queries/sync-state";
import { setChannelThreshold, setDefaultThreshold } from "./thresholds";

export const setDefaultThresholdAction = serverAction(
  { name: "setDefaultThreshold", role: "supervisor", input: z.object({ minutes: thresholdMinutesSchema }) },
  async ({ minutes }) => {
    await setDefaultThreshold(await getDb(), minutes * 60);
    return { minutes };
  },
);

export const setChannelThresholdAction = serverAction(
  {
    name: "setChannelThreshold",
    role: "supervisor",
    input: z.object({
      channelId: z.number("validation.channel").int("validation.channel").positive("validation.channel"),
      /** null: follow the team default again. */
      minutes: thresholdMinutesSchema.nullable(),
    }),
  },
  async ({ channelId, minutes }) => {
    if (!(await setChannelThreshold(await getDb(), channelId, minutes === null ? null : minutes * 60))) {
      throw new ActionError("not_found", "errors.channelGone");
    }
    return { channelId, minutes };
  },
);

/** The team's settings for conversations as work: auto-resolve of idle pending ones, auto-assignment and its cap. */
export const setWorkSettingsAction = serverAction({ name: "setWorkSettings", role: "supervisor", input: workSettingsSchema }, async (settings) => {
  const db = await getDb();
  await setWorkSettings(db, settings);
  await bumpMirrorVersion(db);
  return settings;
});
