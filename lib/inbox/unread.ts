/*
 * Unread is the team's: one "seen up to" per conversation. Who may clear it by looking is
 * decided in lib/inbox/work.ts (`lookAt`); the statements that move it are in
 * lib/db/queries/seen.ts.
 */
export { markConversationSeen, markConversationUnread } from "@/lib/db/queries/seen";
