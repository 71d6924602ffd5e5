"use server";

import { z } from "zod";
import { ActionError, serverAction } from "@/lib/actions/server-action";
import { getDb } from "@/lib/db/instance";
import { thresholdMinutesSchema } from "@/lib/contract/queues";
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
      channelId: z.number("Choose a channel.").int("Choose a channel.").positive("Choose a channel."),
      /** null: follow the team default again. */
      minutes: thresholdMinutesSchema.nullable(),
    }),
  },
  async ({ channelId, minutes }) => {
    if (!(await setChannelThreshold(await getDb(), channelId, minutes === null ? null : minutes * 60))) {
      throw new ActionError("not_found", "That channel no longer exists.");
    }
    return { channelId, minutes };
  },
);
