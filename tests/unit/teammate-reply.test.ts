import { describe, expect, it } from "vitest";
import type { MessageView } from "@/lib/contract/inbox";
import { newestId, teammateReplySince } from "@/components/inbox/teammate-reply";

const message = (id: number, direction: "in" | "out", sentBy: string | null = null): MessageView => ({
  id,
  sentBy,
  messageId: String(id),
  direction,
  text: `message ${id}`,
  status: "",
  at: new Date(Date.UTC(2026, 0, 1, 10, 0, id)).toISOString(),
  file: null,
});

describe("a teammate's reply since the agent looked", () => {
  const thread = [message(1, "in"), message(2, "out", "Ana"), message(3, "in")];

  it("is none while nobody else replied after the thread was opened", () => {
    expect(teammateReplySince(thread, newestId(thread), "Ana")).toBeNull();
    expect(teammateReplySince([...thread, message(4, "in")], 3, "Ana")).toBeNull();
  });

  it("is the newest reply another agent (or someone outside the inbox) sent since", () => {
    expect(teammateReplySince([...thread, message(4, "out", "Dana")], 3, "Ana")?.id).toBe(4);
    expect(teammateReplySince([...thread, message(4, "out", "Dana"), message(5, "out", null)], 3, "Ana")?.id).toBe(5);
  });

  it("leaves out this agent's own replies and those before the mark", () => {
    expect(teammateReplySince([...thread, message(4, "out", "Ana")], 3, "Ana")).toBeNull();
    expect(teammateReplySince([...thread, message(4, "out", "Dana")], 4, "Ana")).toBeNull();
  });
});
