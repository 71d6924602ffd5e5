import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type RunningSandbox } from "../../helpers/sandbox";
import { adminChat, ok } from "./client";

let sb: RunningSandbox;

beforeAll(async () => {
  sb = await startSandbox({ seed: "demo" });
});
afterAll(async () => {
  await sb.stop();
});

describe("the customer's webchat page", () => {
  it("is a self-contained HTML page with labelled forms", async () => {
    const res = await fetch(`${sb.origin}/_sandbox/webchat`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/connect-src 'self'/);
    const html = await res.text();
    expect(html).toMatch(/<form id="name-form"/);
    expect(html).toMatch(/<form id="message-form"/);
    expect(html).toMatch(/<label for="name">/);
    expect(html).toMatch(/<label for="message">/);
    // No external resources: no markup loads anything from a URL.
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)="(?!data:)/i);
    // Message text goes in as text, never as markup.
    expect(html).toContain("textContent");
    expect(html).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write/);
  });

  it("delivers what the customer writes to the webchat channel, and shows the agent's reply", async () => {
    // What the page does: find the first webchat channel, write in as webchat-<name>, poll the chat.
    const { channels } = await sb.admin<{ channels: { platform: string; platformId: string }[] }>("channels");
    const webchat = channels.find((c) => c.platform === "webchat");
    expect(webchat?.platformId).toBe("300");
    await sb.admin("inbound", { body: { platform: "webchat", platformId: "300", destination: "webchat-zofia", message: "Czy mogę zapłacić przy odbiorze?" } });

    const chats = await ok(sb, "getchats", { platform: "webchat", platformid: "300" });
    expect(chats.find((c) => c.destination === "webchat-zofia")).toMatchObject({ message: "Czy mogę zapłacić przy odbiorze?", sent: 0 });
    await ok(sb, "sendmessage", { platform: "webchat", platformid: "300", destination: "webchat-zofia", message: "Tak, oczywiście." });

    const chat = await adminChat(sb, "webchat", "300", "webchat-zofia");
    expect(chat.messages.map((m) => [m.direction, m.text])).toEqual([
      ["in", "Czy mogę zapłacić przy odbiorze?"],
      ["out", "Tak, oczywiście."],
    ]);
    expect(chat.messages[0]?.read).toBe(true);
  });
});
