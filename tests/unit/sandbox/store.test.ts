import { describe, expect, it } from "vitest";
import { Store } from "../../../sandbox/store";
import { buildSeed } from "../../../sandbox/seeds";

const START = Date.UTC(2025, 5, 1, 12, 0, 0);

function makeStore(deliveryMs = 1000) {
  const clock = { now: START };
  let changes = 0;
  const store = new Store({ deliveryMs, now: () => clock.now, onChange: () => changes++ });
  store.load(buildSeed({ kind: "empty" }, START));
  return { store, clock, changes: () => changes };
}

describe("Store", () => {
  it("opens a chat on the first message and keeps a per-channel index", () => {
    const { store } = makeStore();
    expect(store.chatsOf("webchat", "300")).toEqual([]);
    const message = store.addMessage("webchat", "300", "wc-1", { direction: "in", text: "hi", via: "inbound" });
    expect(message?.id).toBe("1");
    expect(store.chatsOf("webchat", "300")?.map((c) => c.destination)).toEqual(["wc-1"]);
    expect(store.chatsOf("telegram", "200")).toEqual([]);
    expect(store.chatsOf("webchat", "999")).toBeUndefined();
    expect(store.addMessage("webchat", "999", "x", { direction: "in", text: "hi", via: "inbound" })).toBeUndefined();
  });

  it("keeps messages in time order, backdated ones included, ties broken by id", () => {
    const { store } = makeStore();
    store.addMessage("webchat", "300", "wc", { direction: "in", text: "b", via: "inbound" });
    store.addMessage("webchat", "300", "wc", { direction: "in", text: "a", at: START - 60_000, via: "inbound" });
    store.addMessage("webchat", "300", "wc", { direction: "in", text: "c", via: "inbound" });
    expect(store.findChat("webchat", "300", "wc")?.messages.map((m) => m.text)).toEqual(["a", "b", "c"]);
  });

  it("stores times in whole seconds", () => {
    const { store } = makeStore();
    const message = store.addMessage("webchat", "300", "wc", { direction: "in", text: "x", at: START + 1_234, via: "inbound" });
    expect(message?.at).toBe(START + 1_000);
  });

  it("reads inbound messages when the account replies", () => {
    const { store } = makeStore();
    const first = store.addMessage("webchat", "300", "wc", { direction: "in", text: "q", via: "inbound" });
    expect(first && store.statusOf(first)).toBe("received");
    store.addMessage("webchat", "300", "wc", { direction: "out", text: "a", via: "sendmessage" });
    expect(first?.read).toBe(true);
    expect(first && store.statusOf(first)).toBe("read");
  });

  it("moves outbound messages sent -> delivered -> read with the clock", () => {
    const { store, clock } = makeStore(1000);
    const message = store.addMessage("webchat", "300", "wc", { direction: "out", text: "a", via: "sendmessage" });
    if (!message) throw new Error("not added");
    expect(store.statusOf(message)).toBe("sent");
    clock.now += 999;
    expect(store.statusOf(message)).toBe("sent");
    clock.now += 1;
    expect(store.statusOf(message)).toBe("delivered");
    clock.now += 1000;
    expect(store.statusOf(message)).toBe("read");
  });

  it("tells persistence about every change, and snapshots what it loads", () => {
    const { store, changes } = makeStore();
    const before = changes();
    store.addMessage("webchat", "300", "wc", { direction: "in", text: "q", via: "inbound" });
    expect(changes()).toBe(before + 1);
    const copy = new Store({ deliveryMs: 1000 });
    copy.load(JSON.parse(JSON.stringify(store.snapshot())));
    expect(copy.counts()).toEqual({ channels: 5, chats: 1, messages: 1 });
    expect(copy.addMessage("webchat", "300", "wc", { direction: "in", text: "r", via: "inbound" })?.id).toBe("2");
  });
});
