import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { formatDestination, formatDuration, formatPhone } from "@/components/inbox/format";
import messages from "@/lib/i18n/messages/en.json";

describe("destinations", () => {
  it("a WhatsApp number is grouped as its country writes it", () => {
    expect(formatDestination("whatsapp", "34600111222")).toBe("+34 600 11 12 22");
    expect(formatDestination("whatsapp", "14155550134")).toBe("+1 415 555 0134");
    expect(formatDestination("whatsapp", "5511987654321")).toBe("+55 11 98765 4321");
    expect(formatDestination("whatsapp", "48604567890")).toBe("+48 604 567 890");
    expect(formatDestination("whatsapp", "447700900123")).toBe("+44 7700 900123");
  });

  it("a number that already has its + reads the same", () => {
    expect(formatDestination("whatsapp", "+34600111222")).toBe("+34 600 11 12 22");
  });

  it("a number of the wrong length keeps its country code apart and the rest unsplit", () => {
    // The simulated Spanish number with a digit too many: no grouping pretends it exists.
    expect(formatPhone("346802477844")).toBe("+34 6802477844");
  });

  it("digits with no known country code get their + and nothing more", () => {
    expect(formatPhone("99912345678")).toBe("+99912345678");
  });

  it("what is not a phone number stays as it is, on WhatsApp too", () => {
    for (const value of ["wa-5d1f8a", "1234567", "1234567890123456", "", "+", "34 600 111 222", "３４６００１１１２２２"]) {
      expect(formatDestination("whatsapp", value), value).toBe(value);
    }
  });

  it("ids of the other platforms stay as they are, even when they are digits", () => {
    expect(formatDestination("telegram", "510228734")).toBe("510228734");
    expect(formatDestination("telegram", "34600111222")).toBe("34600111222");
    expect(formatDestination("webchat", "wc-5d1f8a")).toBe("wc-5d1f8a");
    expect(formatDestination("operator", "operator-1042")).toBe("operator-1042");
    expect(formatDestination("sms", "34600111222")).toBe("34600111222");
  });
});

describe("durations of sound and video", () => {
  it("reads as a player shows it", () => {
    expect(formatDuration(0)).toBe("0:00");
    expect(formatDuration(42.4)).toBe("0:42");
    expect(formatDuration(725)).toBe("12:05");
    expect(formatDuration(3723)).toBe("1:02:03");
  });

  it("says nothing while unknown or endless", () => {
    expect(formatDuration(Number.NaN)).toBeNull();
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBeNull();
    expect(formatDuration(-1)).toBeNull();
  });
});

describe("waiting times in the list", () => {
  const t = createTranslator({ locale: "en", messages, namespace: "inbox.list" });

  it("under a minute reads so, never as 0 min", () => {
    expect(t("waitingMinutes", { count: 0 })).toBe("Waiting under a minute");
    expect(t("waitingMinutes", { count: 1 })).toBe("Waiting 1 min");
    expect(t("waitingMinutes", { count: 59 })).toBe("Waiting 59 min");
  });
});
