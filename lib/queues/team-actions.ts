"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ActionError, serverAction } from "@/lib/actions/server-action";
import { setAgentActive } from "@/lib/db/queries/agents";
import { getDb } from "@/lib/db/instance";

export const setAgentActiveAction = serverAction(
  {
    name: "setAgentActive",
    role: "supervisor",
    input: z.object({ agentId: z.uuid("Choose an agent from the list."), active: z.boolean() }),
  },
  async ({ agentId, active }, agent) => {
    if (!active && agentId === agent.id) {
      throw new ActionError("self_deactivation", "You cannot deactivate your own account.");
    }
    const updated = await setAgentActive(await getDb(), agentId, active);
    if (!updated) throw new ActionError("not_found", "That agent no longer exists.");
    revalidatePath("/supervisor/team");
    return { agentId: updated.id, active: updated.active };
  },
);
