"use server";

import { ActionError, serverAction } from "@/lib/actions/server-action";
import { getDb } from "@/lib/db/instance";
import { setAgentPreferences } from "@/lib/db/queries/agent-preferences";
import { preferencesInputSchema } from "@/lib/i18n/preferences";

/**
 * The agent's language and time zone, from the header's picker (and the browser's zone at the
 * first sign-in). Kept on the agent, so that the choice follows them to another computer.
 */
export const setPreferencesAction = serverAction({ name: "setPreferences", input: preferencesInputSchema }, async (input, agent) => {
  const saved = await setAgentPreferences(await getDb(), agent.id, input);
  if (!saved) throw new ActionError("not_found", "preferences.errors.accountGone");
  return saved;
});
