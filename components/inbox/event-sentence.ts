import type { ConversationEventView } from "@/lib/contract/inbox";

/*
 * The record's lines in words: which sentence of the catalog (inbox.events) says what a
 * change of status or assignee was, and the names it needs. Pure, so that every kind of line
 * is tested without a browser.
 */

export type EventSentenceKey =
  | "resolvedBy"
  | "resolvedIdle"
  | "resolvedImport"
  | "resolvedAuto"
  | "reopenedBy"
  | "reopenedCustomer"
  | "reopenedSnooze"
  | "reopenedAuto"
  | "pendingBy"
  | "pendingImport"
  | "pendingAuto"
  | "snoozedBy"
  | "snoozedAuto"
  | "tookIt"
  | "assignedBy"
  | "unassignedBy"
  | "assignedAuto"
  | "assignedReply"
  | "unassignedDeactivated"
  | "unassignedAuto";

export interface EventSentence {
  key: EventSentenceKey;
  actor: string;
  assignee: string;
  /** When a snooze ends (ISO), for the sentence to show in the agent's zone. */
  until: string | null;
}

function statusKey(event: ConversationEventView): EventSentenceKey {
  const by = event.actor !== null;
  switch (event.status) {
    case "resolved":
      return by ? "resolvedBy" : event.reason === "idle" ? "resolvedIdle" : event.reason === "first_import" ? "resolvedImport" : "resolvedAuto";
    case "pending":
      return by ? "pendingBy" : event.reason === "first_import" ? "pendingImport" : "pendingAuto";
    case "snoozed":
      return by ? "snoozedBy" : "snoozedAuto";
    default:
      if (by) return "reopenedBy";
      return event.reason === "customer_wrote" ? "reopenedCustomer" : event.reason === "snooze_ended" ? "reopenedSnooze" : "reopenedAuto";
  }
}

function assigneeKey(event: ConversationEventView): EventSentenceKey {
  if (event.actor) {
    if (!event.assignee) return "unassignedBy";
    return event.assignee.id === event.actor.id ? "tookIt" : "assignedBy";
  }
  if (!event.assignee) return event.reason === "deactivated" ? "unassignedDeactivated" : "unassignedAuto";
  return event.reason === "reply" ? "assignedReply" : "assignedAuto";
}

export function eventSentence(event: ConversationEventView): EventSentence {
  return {
    key: event.change === "assignee" ? assigneeKey(event) : statusKey(event),
    actor: event.actor?.name ?? "",
    assignee: event.assignee?.name ?? "",
    until: event.status === "snoozed" ? event.snoozedUntil : null,
  };
}
