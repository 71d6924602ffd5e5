"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ActionError, serverAction } from "@/lib/actions/server-action";
import { MEDIA_HOSTS_MAX, mediaHostSchema } from "@/lib/contract/media";
import { getDb } from "@/lib/db/instance";
import { allowMediaHost, disallowMediaHost, restoreDefaultMediaHosts } from "./media";

// Every page under the dashboard layout reads the list from it: refresh them all.
const refresh = () => revalidatePath("/", "layout");

export const allowMediaHostAction = serverAction(
  { name: "allowMediaHost", role: "supervisor", input: z.object({ host: mediaHostSchema }) },
  async ({ host }, agent) => {
    const result = await allowMediaHost(await getDb(), host, agent.id);
    if (!result.ok) throw new ActionError("conflict", "errors.mediaHostsFull", { maximum: MEDIA_HOSTS_MAX });
    refresh();
    return { hosts: result.hosts };
  },
);

export const disallowMediaHostAction = serverAction(
  { name: "disallowMediaHost", role: "supervisor", input: z.object({ host: mediaHostSchema }) },
  async ({ host }, agent) => {
    const hosts = await disallowMediaHost(await getDb(), host, agent.id);
    refresh();
    return { hosts };
  },
);

export const restoreDefaultMediaHostsAction = serverAction(
  { name: "restoreDefaultMediaHosts", role: "supervisor", input: z.object({}) },
  async () => {
    const hosts = await restoreDefaultMediaHosts(await getDb());
    refresh();
    return { hosts };
  },
);
