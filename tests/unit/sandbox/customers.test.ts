import { describe, expect, it } from "vitest";
import { Customers } from "../../../sandbox/customers";
import { seededRandom } from "../../../sandbox/phrases";
import { buildSeed } from "../../../sandbox/seeds";
import { Store } from "../../../sandbox/store";

describe("Customers.writeOne", () => {
  it("writes believable inbound messages to existing chats and now and then to new ones", () => {
    const store = new Store({ deliveryMs: 1000 });
    store.load(buildSeed({ kind: "demo" }, Date.now()));
    const before = store.counts();
    const customers = new Customers(store, seededRandom(7));
    for (let i = 0; i < 200; i++) expect(customers.writeOne()).toBe(true);
    const after = store.counts();
    expect(after.messages).toBe(before.messages + 200);
    expect(after.chats).toBeGreaterThan(before.chats);
    expect(after.chats - before.chats).toBeLessThan(80);
    const written = store.allChats().flatMap((c) => c.messages.filter((m) => m.via === "inbound"));
    expect(written).toHaveLength(200);
    expect(written.every((m) => m.direction === "in" && m.text.length > 5 && !m.read)).toBe(true);
    const newWhatsApp = store.allChats().filter((c) => c.platform === "whatsapp" && c.messages.every((m) => m.via === "inbound"));
    for (const chat of newWhatsApp) expect(chat.destination).toMatch(/^\d{11,12}$/);
  });

  it("does nothing on an account without channels", () => {
    const store = new Store({ deliveryMs: 1000 });
    store.load({ nextId: 1, channels: [], chats: [] });
    expect(new Customers(store).writeOne()).toBe(false);
  });
});
