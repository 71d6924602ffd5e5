import { describe, expect, it } from "vitest";
import { dropSends, getSend, putSend, storedSendCount, updateSend, type LocalSend } from "@/components/inbox/send-store";
import { mergeSends } from "@/components/inbox/visible-sends";
import { message, pending } from "./fixtures";

const T0 = Date.parse("2026-01-01T10:00:00.000Z");

function local(clientId: string, extra: Partial<LocalSend> = {}): LocalSend {
  return {
    clientId,
    conversationId: 1,
    request: { kind: "text", text: `text ${clientId}` },
    text: `text ${clientId}`,
    file: null,
    inFlight: false,
    state: "sent",
    error: null,
    messageId: null,
    createdAt: new Date(T0).toISOString(),
    answeredAt: T0,
    ...extra,
  };
}

describe("merging this page's sends with the thread", () => {
  it("shows a send in flight as sending, whatever the server lists", () => {
    const { shown, settled } = mergeSends([local("a", { inFlight: true })], [pending("a", "failed")], [], T0 + 10);
    expect(shown.map((s) => s.state)).toEqual(["sending"]);
    expect(settled).toEqual([]);
  });

  it("believes the server only after a poll that came back after the action's answer", () => {
    const before = mergeSends([local("a", { state: "failed" })], [], [], T0 - 1);
    expect(before.shown.map((s) => s.state)).toEqual(["failed"]);
    const after = mergeSends([local("a", { state: "failed" })], [pending("a", "unconfirmed")], [], T0 + 1);
    expect(after.shown.map((s) => [s.state, s.recorded])).toEqual([["unconfirmed", true]]);
    expect(after.settled).toEqual(["a"]);
  });

  it("hides and settles a send whose message is in the thread, by id or by text", () => {
    const byId = local("a", { messageId: "m-9" });
    const byText = local("b");
    const messages = [
      message(1, "2026-01-01T10:00:01.000Z", { direction: "out", messageId: "m-9", text: "other" }),
      message(2, "2026-01-01T10:00:02.000Z", { direction: "out", text: "text b" }),
    ];
    const { shown, settled } = mergeSends([byId, byText], [], messages, T0 - 1);
    expect(shown).toEqual([]);
    expect(settled).toEqual(["a", "b"]);
  });

  it("does not take a customer's message with the same text for the reply", () => {
    const { shown } = mergeSends([local("a")], [], [message(1, "2026-01-01T10:00:01.000Z", { text: "text a" })], T0 - 1);
    expect(shown.map((s) => s.clientId)).toEqual(["a"]);
  });

  it("keeps a discarded send hidden until the server has dropped it too", () => {
    const discarded = local("a", { state: "discarded" });
    expect(mergeSends([discarded], [pending("a", "failed")], [], T0 - 1)).toEqual({ shown: [], settled: [] });
    expect(mergeSends([discarded], [], [], T0 + 1)).toEqual({ shown: [], settled: ["a"] });
  });

  it("shows no second bubble for a send the server still watches after its message reached the thread", () => {
    const late = { ...pending("late", "sent"), messageId: "m-late", deliveredLate: true };
    const messages = [message(1, "2026-01-01T10:00:05.000Z", { direction: "out", messageId: "m-late", text: "reply" })];
    expect(mergeSends([], [late], messages, T0).shown).toEqual([]);
    expect(mergeSends([], [late], [], T0).shown.map((s) => s.clientId)).toEqual(["late"]);
  });

  it("lists the server's sends that this page never made, oldest first", () => {
    const { shown } = mergeSends([], [pending("z", "failed"), { ...pending("y", "unconfirmed"), createdAt: "2026-01-01T09:00:00.000Z" }], [], T0);
    expect(shown.map((s) => s.clientId)).toEqual(["y", "z"]);
  });
});

describe("the optimistic send store", () => {
  it("holds only unsettled sends after 200 sends have settled through the thread", () => {
    const base = storedSendCount();
    const messages = [];
    for (let i = 0; i < 200; i += 1) {
      const send = local(`s${i}`, { conversationId: 900, messageId: `m${i}` });
      putSend(send);
      // Every tenth send is still unanswered; the others came back and are in the thread.
      if (i % 10 === 0) updateSend(send.clientId, { inFlight: true });
      else messages.push(message(i + 1, "2026-01-01T10:00:01.000Z", { direction: "out", messageId: `m${i}` }));
    }
    const sends = Array.from({ length: 200 }, (_, i) => getSend(`s${i}`)!);
    const { settled } = mergeSends(sends, [], messages, T0 + 1);
    dropSends(settled);
    expect(storedSendCount() - base).toBe(20);
    expect(getSend("s0")?.inFlight).toBe(true);
    expect(getSend("s1")).toBeUndefined();
  });

  it("updates only a send it holds", () => {
    updateSend("never-made", { state: "failed" });
    expect(getSend("never-made")).toBeUndefined();
  });
});
