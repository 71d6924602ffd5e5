import { describe, expect, it } from "vitest";
import { findMentions, mentionedPeople, mentionQuery } from "@/lib/contract/mentions";

const team = [
  { id: "d", name: "Dana" },
  { id: "da", name: "Dana Agent" },
  { id: "j", name: "José Núñez" },
];
const names = (text: string) => mentionedPeople(text, team).map((person) => person.name);

describe("mentions in a note", () => {
  it("match the longest name first, without regard to case", () => {
    expect(names("@Dana Agent please look")).toEqual(["Dana Agent"]);
    expect(names("@dana agent and @DANA")).toEqual(["Dana Agent", "Dana"]);
    expect(names("ask @josé núñez.")).toEqual(["José Núñez"]);
  });

  it("start only where a mention can start and end only where a word ends", () => {
    expect(names("mail dana@Dana Agent.example")).toEqual([]);
    expect(names("@Danaish and @Dana_x")).toEqual([]);
    expect(names("(@Dana), @Dana Agent!")).toEqual(["Dana", "Dana Agent"]);
    expect(names("@Jose Nunez")).toEqual([]);
  });

  it("give the spans the thread marks", () => {
    expect(findMentions("hi @Dana Agent", team).map((span) => [span.start, span.end])).toEqual([[3, 14]]);
  });

  it("find the name being typed after @ at the caret", () => {
    expect(mentionQuery("ping @Da", 8)).toEqual({ start: 5, query: "Da" });
    expect(mentionQuery("ping @Dana Ag", 13)).toEqual({ start: 5, query: "Dana Ag" });
    expect(mentionQuery("mail x@y", 8)).toBeNull();
    expect(mentionQuery("@Dana\nnext", 10)).toBeNull();
    expect(mentionQuery("no at here", 4)).toBeNull();
  });
});
