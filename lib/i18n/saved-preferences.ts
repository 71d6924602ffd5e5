import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { getAuthOptions } from "@/lib/auth/options";
import { agentForClaim } from "@/lib/auth/session-agent";
import { getDb } from "@/lib/db/instance";
import { log } from "@/lib/log";

export interface SavedPreferences {
  signedIn: boolean;
  locale: string | null;
  timeZone: string | null;
}

const NONE: SavedPreferences = { signedIn: false, locale: null, timeZone: null };

/**
 * The signed-in agent's saved language and time zone, once per request. A page must render
 * even when the database is away (its error page too), so a failure reads as "nothing saved".
 */
export const savedPreferences = cache(async (): Promise<SavedPreferences> => {
  try {
    const session = await getServerSession(getAuthOptions());
    if (!session?.user) return NONE;
    const agent = await agentForClaim(await getDb(), { agentId: session.user.id, sessionVersion: session.user.sessionVersion });
    return agent ? { signedIn: true, locale: agent.locale, timeZone: agent.timeZone } : NONE;
  } catch (error) {
    log.warn({ event: "preferences_unread", err: error }, "the agent's language and time zone could not be read");
    return NONE;
  }
});
