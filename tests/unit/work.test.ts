import { describe, expect, it } from "vitest";
import { describeZodError } from "@/lib/contract/validation";
import { inboxQuerySchema } from "@/lib/contract/inbox";
import { snoozePresets } from "@/lib/contract/snooze";
import { changeConversationsSchema } from "@/lib/contract/work";
import { effectiveAvailability, OFFLINE_AFTER_MS } from "@/lib/inbox/availability";
import { catalogTranslator } from "../helpers/i18n";

describe("the inbox's view, status and sort parameters", () => {
  it("take the documented values, with all, all statuses and activity when omitted", () => {
    expect(inboxQuerySchema.parse({ view: "mine", status: "snoozed", sort: "waiting" })).toMatchObject({ view: "mine", status: "snoozed", sort: "waiting" });
    expect(inboxQuerySchema.parse({})).toMatchObject({ view: "all", sort: "activity" });
    expect(inboxQuerySchema.parse({}).status).toBeUndefined();
  });

  it("answer an unknown value with a sentence naming the parameter and its values", () => {
    const sentence = (query: Record<string, string>) => {
      const parsed = inboxQuerySchema.safeParse(query);
      return parsed.success ? "accepted" : describeZodError(parsed.error, catalogTranslator("en"));
    };
    expect(sentence({ view: "theirs" })).toBe('View: Choose one of: "mine", "unassigned", "all".');
    expect(sentence({ status: "closed" })).toBe('Status: Choose one of: "open", "pending", "snoozed", "resolved", "all".');
    expect(sentence({ sort: "oldest" })).toBe('Sort: Choose one of: "activity", "waiting", "newest", "window".');
  });
});

describe("the changes an agent can make", () => {
  it("refuse a snooze in the past, an empty selection and an unknown change", () => {
    const refused = (input: unknown) => !changeConversationsSchema.safeParse(input).success;
    expect(refused({ conversationIds: [1], change: { change: "snooze", until: "2000-01-01T00:00:00Z" } })).toBe(true);
    expect(refused({ conversationIds: [], change: { change: "resolve" } })).toBe(true);
    expect(refused({ conversationIds: [1], change: { change: "delete" } })).toBe(true);
    expect(refused({ conversationIds: [2_147_483_648], change: { change: "resolve" } })).toBe(true);
    expect(changeConversationsSchema.parse({ conversationIds: [3, 3, 4], change: { change: "resolve" } }).conversationIds).toEqual([3, 4]);
  });
});

describe("snooze presets", () => {
  it("are an hour from now, tomorrow 9:00 and next Monday 9:00 in the agent's zone", () => {
    // Wednesday 2026-03-04, 22:30 in Madrid (21:30 UTC).
    const now = new Date("2026-03-04T21:30:00Z");
    const presets = snoozePresets(now, "Europe/Madrid");
    expect(presets.hour.toISOString()).toBe("2026-03-04T22:30:00.000Z");
    expect(presets.tomorrow.toISOString()).toBe("2026-03-05T08:00:00.000Z");
    expect(presets.nextMonday.toISOString()).toBe("2026-03-09T08:00:00.000Z");
  });

  it("follow the zone's clock change, and a Monday's next Monday is a week away", () => {
    // Saturday 2026-03-28 in Madrid; summer time starts on Sunday the 29th.
    const saturday = snoozePresets(new Date("2026-03-28T12:00:00Z"), "Europe/Madrid");
    expect(saturday.tomorrow.toISOString()).toBe("2026-03-29T07:00:00.000Z");
    expect(saturday.nextMonday.toISOString()).toBe("2026-03-30T07:00:00.000Z");
    const monday = snoozePresets(new Date("2026-03-30T10:00:00Z"), "UTC");
    expect(monday.nextMonday.toISOString()).toBe("2026-04-06T09:00:00.000Z");
  });
});

describe("availability", () => {
  const now = new Date("2026-03-04T12:00:00Z");
  const active = new Date(now.getTime() - 60_000);

  it("is the person's choice while they are active", () => {
    expect(effectiveAvailability({ availability: "online", lastActiveAt: active, signedOutAt: null }, now)).toBe("online");
    expect(effectiveAvailability({ availability: "away", lastActiveAt: active, signedOutAt: null }, now)).toBe("away");
  });

  it("is offline after 15 minutes without activity, or once signed out, and online again on activity", () => {
    const idle = new Date(now.getTime() - OFFLINE_AFTER_MS - 1);
    expect(effectiveAvailability({ availability: "online", lastActiveAt: idle, signedOutAt: null }, now)).toBe("offline");
    expect(effectiveAvailability({ availability: "online", lastActiveAt: active, signedOutAt: active }, now)).toBe("offline");
    expect(effectiveAvailability({ availability: "online", lastActiveAt: now, signedOutAt: active }, now)).toBe("online");
  });
});
