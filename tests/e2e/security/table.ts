import { randomUUID } from "node:crypto";
import type { Ids } from "./http";

/*
 * Who may call each route and action, with inputs for the suites. Every route and action the
 * build exposes must have an entry here (the access suite fails on one without), so a new one
 * is placed on the matrix when it is added.
 *
 * - `valid`: an input the action would accept from the right caller, so that a refusal of the
 *   wrong caller can only be the access check's;
 * - `refused`: a well-formed input the action refuses even from the right caller (a record that
 *   does not exist, a value out of range), the base the fuzz suite mutates: no mutation of it
 *   may change the database.
 */
export type Access = "public" | "agent" | "supervisor";

export interface RouteEntry {
  access: Access;
  /** A concrete address of the route (path parameters filled in). */
  sample: (ids: Ids) => string;
  /** Query parameters the route reads, for the fuzz suite (it adds unknown ones too). */
  query?: string[];
}

export interface ActionEntry {
  access: Exclude<Access, "public">;
  valid: (ids: Ids) => unknown;
  refused: (ids: Ids) => unknown;
  /** Any object is a valid input (the action takes none): `refused` cannot be refused by its schema. */
  anyObject?: true;
  /** The caller's own record, where acting on it is refused whoever calls (the supervisor's own account). */
  ownRecord?: { input: (ids: Ids) => unknown; code: string };
}

const NO_RECORD = 2_147_483_647;

export const ROUTES: Record<string, RouteEntry> = {
  "/": { access: "agent", sample: () => "/" },
  "/login": { access: "public", sample: () => "/login", query: ["callbackUrl", "reason"] },
  "/inbox": { access: "agent", sample: () => "/inbox" },
  "/canned-replies": { access: "agent", sample: () => "/canned-replies" },
  "/supervisor/queues": { access: "supervisor", sample: () => "/supervisor/queues" },
  "/supervisor/team": { access: "supervisor", sample: () => "/supervisor/team" },
  "/supervisor/activity": { access: "supervisor", sample: () => "/supervisor/activity" },
  "/api/health": { access: "public", sample: () => "/api/health" },
  "/api/auth/[...nextauth]": { access: "public", sample: () => "/api/auth/session" },
  "/api/me": { access: "agent", sample: () => "/api/me" },
  "/api/inbox": { access: "agent", sample: () => "/api/inbox", query: ["channel", "unread", "failed", "q", "cursor", "limit", "view", "status", "sort"] },
  "/api/conversations/[id]/messages": { access: "agent", sample: (ids) => `/api/conversations/${ids.conversation}/messages`, query: ["before", "limit"] },
  "/api/conversations/[id]/contact": { access: "agent", sample: (ids) => `/api/conversations/${ids.conversation}/contact` },
  "/api/presence": { access: "agent", sample: () => "/api/presence" },
  "/api/mentions": { access: "agent", sample: () => "/api/mentions", query: ["cursor", "limit"] },
  "/api/sync/status": { access: "agent", sample: () => "/api/sync/status" },
  "/api/teammates": { access: "agent", sample: () => "/api/teammates" },
  "/api/canned-replies": { access: "agent", sample: () => "/api/canned-replies" },
  "/api/agents": { access: "supervisor", sample: () => "/api/agents" },
  "/api/supervisor/queues": { access: "supervisor", sample: () => "/api/supervisor/queues", query: ["tz"] },
  "/api/supervisor/queues/[channelId]/waiting": { access: "supervisor", sample: (ids) => `/api/supervisor/queues/${ids.channel}/waiting` },
  "/api/supervisor/agents/[agentId]/waiting": { access: "supervisor", sample: (ids) => `/api/supervisor/agents/${ids.agentId}/waiting` },
  "/api/supervisor/activity": { access: "supervisor", sample: () => "/api/supervisor/activity", query: ["agent", "channel", "conversation", "kind", "from", "to", "cursor", "limit"] },
  "/api/supervisor/activity/csv": { access: "supervisor", sample: () => "/api/supervisor/activity/csv", query: ["agent", "channel", "conversation", "kind", "from", "to"] },
  "/api/supervisor/trend": { access: "supervisor", sample: () => "/api/supervisor/trend", query: ["range"] },
};

export const ACTIONS: Record<string, ActionEntry> = {
  "lib/inbox/actions.ts#markSeenAction": {
    access: "agent",
    valid: (ids) => ({ conversationId: ids.conversation }),
    refused: () => ({ conversationId: NO_RECORD }),
  },
  "lib/inbox/actions.ts#markUnreadAction": {
    access: "agent",
    valid: (ids) => ({ conversationId: ids.conversation }),
    refused: () => ({ conversationId: NO_RECORD }),
  },
  // An empty name is valid and leaves the contact showing its destination, as other suites expect.
  "lib/inbox/contact-actions.ts#saveContactAction": {
    access: "agent",
    valid: (ids) => ({ conversationId: ids.conversation, displayName: "", note: "" }),
    refused: () => ({ conversationId: NO_RECORD, displayName: "", note: "" }),
  },
  // Anyone may keep their own canned replies; the team's are refused to agents inside the action (integration suite).
  "lib/inbox/canned-actions.ts#createCannedReplyAction": {
    access: "agent",
    valid: () => ({ scope: "personal", name: `access-${randomUUID().slice(0, 8)}`, text: "access matrix" }),
    refused: () => ({ scope: "personal", name: "not a name/", text: "never saved" }),
  },
  "lib/inbox/canned-actions.ts#updateCannedReplyAction": {
    access: "agent",
    valid: () => ({ replyId: NO_RECORD, name: "access", text: "access matrix" }),
    refused: () => ({ replyId: NO_RECORD, name: "access", text: "never saved" }),
  },
  "lib/inbox/canned-actions.ts#deleteCannedReplyAction": { access: "agent", valid: () => ({ replyId: NO_RECORD }), refused: () => ({ replyId: NO_RECORD }) },
  "lib/inbox/note-actions.ts#addNoteAction": {
    access: "agent",
    valid: (ids) => ({ conversationId: ids.conversation, text: "access matrix note" }),
    refused: () => ({ conversationId: NO_RECORD, text: "never noted" }),
  },
  // Marking all is valid for anyone (none may be theirs); a mention that is not the caller's is refused.
  "lib/inbox/note-actions.ts#markMentionsReadAction": { access: "agent", valid: () => ({ all: true }), refused: () => ({ ids: [NO_RECORD] }) },
  // English is what every other suite reads: the valid input keeps it.
  "lib/inbox/preferences-actions.ts#setPreferencesAction": { access: "agent", valid: () => ({ locale: "en" }), refused: () => ({ timeZone: "Mars/Olympus" }) },
  "lib/inbox/send-actions.ts#sendTextAction": {
    access: "agent",
    valid: (ids) => ({ clientId: randomUUID(), conversationId: ids.conversation, text: "access matrix" }),
    refused: () => ({ clientId: randomUUID(), conversationId: NO_RECORD, text: "never sent" }),
  },
  "lib/inbox/send-actions.ts#sendFileAction": {
    access: "agent",
    valid: (ids) => ({ clientId: randomUUID(), conversationId: ids.conversation, type: "image", fileUrl: "https://files.example.com/a.png" }),
    refused: () => ({ clientId: randomUUID(), conversationId: NO_RECORD, type: "image", fileUrl: "https://files.example.com/a.png" }),
  },
  "lib/inbox/send-actions.ts#retrySendAction": { access: "agent", valid: () => ({ clientId: randomUUID() }), refused: () => ({ clientId: randomUUID() }) },
  "lib/inbox/send-actions.ts#discardSendAction": { access: "agent", valid: () => ({ clientId: randomUUID() }), refused: () => ({ clientId: randomUUID() }) },
  "lib/inbox/work-actions.ts#changeConversationsAction": {
    access: "agent",
    valid: (ids) => ({ conversationIds: [ids.conversation], change: { change: "pending" } }),
    refused: () => ({ conversationIds: [NO_RECORD], change: { change: "resolve" } }),
  },
  "lib/inbox/work-actions.ts#setAvailabilityAction": {
    access: "agent",
    valid: () => ({ availability: "away" }),
    refused: () => ({ availability: "asleep" }),
  },
  "lib/inbox/work-actions.ts#reassignAction": {
    access: "supervisor",
    valid: (ids) => ({ conversationIds: [ids.conversation], assigneeId: ids.agentId }),
    refused: () => ({ conversationIds: [NO_RECORD], assigneeId: randomUUID() }),
  },
  "lib/queues/actions.ts#setDefaultThresholdAction": { access: "supervisor", valid: () => ({ minutes: 7 }), refused: () => ({ minutes: 0 }) },
  "lib/queues/actions.ts#setChannelThresholdAction": {
    access: "supervisor",
    valid: (ids) => ({ channelId: ids.channel, minutes: 9 }),
    refused: () => ({ channelId: NO_RECORD, minutes: 9 }),
  },
  "lib/queues/actions.ts#setWorkSettingsAction": {
    access: "supervisor",
    valid: () => ({ autoResolvePendingDays: 7, autoAssign: false, autoAssignCap: 10 }),
    refused: () => ({ autoResolvePendingDays: 366, autoAssign: false, autoAssignCap: 10 }),
  },
  "lib/queues/team-actions.ts#setAgentActiveAction": {
    access: "supervisor",
    valid: (ids) => ({ agentId: ids.agentId, active: false }),
    refused: () => ({ agentId: randomUUID(), active: false }),
    ownRecord: { input: (ids) => ({ agentId: ids.supervisorId, active: false }), code: "self_deactivation" },
  },
  "lib/queues/media-actions.ts#allowMediaHostAction": {
    access: "supervisor",
    valid: () => ({ host: "media.example.org" }),
    refused: () => ({ host: "not a host/" }),
  },
  "lib/queues/media-actions.ts#disallowMediaHostAction": {
    access: "supervisor",
    valid: () => ({ host: "whatsapp.net" }),
    refused: () => ({ host: "https://whatsapp.net/" }),
  },
  // Takes no input: any object is accepted, so only what the shared guard refuses is fuzzed.
  "lib/queues/media-actions.ts#restoreDefaultMediaHostsAction": { access: "supervisor", valid: () => ({}), refused: () => ({}), anyObject: true },
};
