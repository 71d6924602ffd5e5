"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ActionError, serverAction } from "@/lib/actions/server-action";
import { getDb } from "@/lib/db/instance";
import { setAgentActiveWithWork } from "./team";

export const setAgentActiveAction = serverAction(
  {
    name: "setAgentActive",
    role: "supervisor",
    input: z.object({ agentId: z.uuid("validation.agent"), active: z.boolean() }),
  },
  async ({ agentId, active }, agent) => {
    if (!active && agentId === agent.id) {
      throw new ActionError("self_deactivation", "errors.selfDeactivation");
    }
    const updated = await setAgentActiveWithWork(await getDb(), agentId, active, agent.id);
    if (!updated) throw new ActionError("not_found", "errors.agentGone");
    revalidatePath("/supervisor/team");
    return { agentId: updated.id, active: updated.active };
  },
);
