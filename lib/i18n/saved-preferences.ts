import "server-only";
import { cache } from "react";
import { agentForClaim } from "@/lib/auth/session-agent";
import { requestSessionToken } from "@/lib/auth/session";
import { claimOf } from "@/lib/auth/session-token";
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
    const token = await requestSessionToken();
    if (!token) return NONE;
    const agent = await agentForClaim(await getDb(), claimOf(token));
    return agent ? { signedIn: true, locale: agent.locale, timeZone: agent.timeZone } : NONE;
  } catch (error) {
    log.warn({ event: "preferences_unread", err: error }, "the agent's language and time zone could not be read");
    return NONE;
  }
});
