import { describe, expect, it } from "vitest";
import { anchoredTrigger, insertAt, matchReplies, slashTrigger } from "@/components/inbox/canned-trigger";

/* When `/` opens the canned-reply picker in the reply box, and what Enter replaces. */

const at = (text: string) => slashTrigger(text, text.length);

describe("the / trigger", () => {
  it("opens at the start of the text or of a word, with what follows as the query", () => {
    expect(at("/")).toEqual({ start: 0, end: 1, query: "", slash: true });
    expect(at("Hello /gree")).toEqual({ start: 6, end: 11, query: "gree", slash: true });
    expect(at("line one\n/thanks_2")).toMatchObject({ start: 9, query: "thanks_2" });
    expect(at("/zażółć")).toMatchObject({ query: "zażółć" });
  });

  it("does not open inside a word, nor in an address being typed", () => {
    expect(at("and/or")).toBeNull();
    expect(at("see https:/")).toBeNull();
    expect(at("see https://")).toBeNull();
    expect(at("see https://shop.example/")).toBeNull();
    expect(at("see https://shop.example/orders")).toBeNull();
    expect(at("example.com/help")).toBeNull();
  });

  it("closes once what follows is no longer a name: a space, another slash, a dot", () => {
    expect(at("/thanks ")).toBeNull();
    expect(at("/usr/bin")).toBeNull();
    expect(at("/help.")).toBeNull();
  });

  it("follows the caret, not the end of the text", () => {
    const text = "/gree and more";
    expect(slashTrigger(text, 5)).toMatchObject({ start: 0, end: 5, query: "gree" });
    expect(slashTrigger(text, text.length)).toBeNull();
  });
});

describe("the Ctrl/Cmd+K trigger", () => {
  it("filters by what is typed from where it was pressed, inside a word too", () => {
    expect(anchoredTrigger("and", 3, 3)).toEqual({ start: 3, end: 3, query: "", slash: false });
    expect(anchoredTrigger("andgre", 6, 3)).toMatchObject({ query: "gre" });
  });

  it("closes when the caret moves before it or a space is typed", () => {
    expect(anchoredTrigger("and", 2, 3)).toBeNull();
    expect(anchoredTrigger("and x", 5, 3)).toBeNull();
  });
});

describe("inserting", () => {
  it("replaces the /query with the reply and puts the caret after it", () => {
    expect(insertAt("Hi /gre, bye", { start: 3, end: 7 }, "Good morning")).toEqual({ text: "Hi Good morning, bye", caret: 15 });
  });

  it("inserts at the caret for Ctrl/Cmd+K", () => {
    expect(insertAt("Hi ", { start: 3, end: 3 }, "there")).toEqual({ text: "Hi there", caret: 8 });
  });
});

describe("matching replies by name", () => {
  const replies = [{ name: "thanks" }, { name: "greeting" }, { name: "late-greeting" }, { name: "Gretchen" }];
  it("puts names that start with the query before names that hold it, case aside", () => {
    expect(matchReplies(replies, "gre").map((reply) => reply.name)).toEqual(["greeting", "Gretchen", "late-greeting"]);
    expect(matchReplies(replies, "").length).toBe(4);
    expect(matchReplies(replies, "zzz")).toEqual([]);
    expect(matchReplies(replies, "", 2).length).toBe(2);
  });
});
