/*
 * Unread is the team's: one "seen up to" per conversation. The rules of what moves it live
 * here; the statements that move it are in lib/db/queries/seen.ts.
 */
export { markConversationSeen, markConversationUnread } from "@/lib/db/queries/seen";
