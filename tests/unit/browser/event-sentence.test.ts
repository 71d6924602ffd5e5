import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { ConversationEventView } from "@/lib/contract/inbox";
import { eventSentence } from "@/components/inbox/event-sentence";
import messages from "@/lib/i18n/messages/en.json";

const dana = { id: "a1", name: "Dana Agent" };
const sam = { id: "s1", name: "Sam Supervisor" };
const t = createTranslator({ locale: "en", messages, namespace: "inbox.events" });

function event(extra: Partial<ConversationEventView>): ConversationEventView {
  return { kind: "event", id: 1, change: "status", status: null, snoozedUntil: null, assignee: null, actor: null, reason: null, at: "2026-01-05T14:02:00.000Z", ...extra };
}

/** The sentence as the thread shows it, with the snooze's end given as it would be formatted. */
function say(extra: Partial<ConversationEventView>): string {
  const sentence = eventSentence(event(extra));
  return t(sentence.key, { actor: sentence.actor, assignee: sentence.assignee, until: sentence.until ? "Mon 9:00 AM" : "" });
}

describe("the record's lines in words", () => {
  it("says who changed the status", () => {
    expect(say({ status: "resolved", actor: dana })).toBe("Dana Agent resolved this");
    expect(say({ status: "open", actor: sam })).toBe("Sam Supervisor reopened this");
    expect(say({ status: "pending", actor: dana })).toBe("Dana Agent marked this pending");
    expect(say({ status: "snoozed", actor: dana, snoozedUntil: "2026-01-12T09:00:00.000Z" })).toBe("Dana Agent snoozed this until Mon 9:00 AM");
  });

  it("says why a status changed by itself", () => {
    expect(say({ status: "open", reason: "customer_wrote" })).toBe("Reopened: the customer wrote again");
    expect(say({ status: "open", reason: "snooze_ended" })).toBe("Reopened: the snooze ended");
    expect(say({ status: "resolved", reason: "idle" })).toBe("Resolved automatically: pending with no reply for too long");
    expect(say({ status: "resolved", reason: "first_import" })).toBe("Resolved at the first import: quiet for a long time");
    expect(say({ status: "pending", reason: "first_import" })).toBe("Pending at the first import: the last message was ours");
    expect(say({ status: "resolved", reason: "something_new" })).toBe("Resolved automatically");
  });

  it("says who gave the conversation to whom", () => {
    expect(say({ change: "assignee", assignee: dana, actor: sam })).toBe("Sam Supervisor assigned this to Dana Agent");
    expect(say({ change: "assignee", assignee: dana, actor: dana })).toBe("Dana Agent took this");
    expect(say({ change: "assignee", assignee: null, actor: sam })).toBe("Sam Supervisor unassigned this");
  });

  it("says how an assignment happened by itself", () => {
    expect(say({ change: "assignee", assignee: dana, reason: "auto_assign" })).toBe("Assigned automatically to Dana Agent");
    expect(say({ change: "assignee", assignee: dana, reason: "reply" })).toBe("Assigned to Dana Agent, who replied");
    expect(say({ change: "assignee", assignee: null, reason: "deactivated" })).toBe("Unassigned automatically: the assignee was deactivated");
  });

  it("names a snooze's end only for a snooze", () => {
    expect(eventSentence(event({ status: "snoozed", snoozedUntil: "2026-01-12T09:00:00.000Z" })).until).toBe("2026-01-12T09:00:00.000Z");
    expect(eventSentence(event({ status: "open", snoozedUntil: null })).until).toBeNull();
  });
});
