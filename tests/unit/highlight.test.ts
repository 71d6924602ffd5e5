import { describe, expect, it } from "vitest";
import { highlightParts, highlightRanges } from "@/components/inbox/highlight";

const marked = (text: string, query: string) => highlightParts(text, query).filter((part) => part.marked).map((part) => part.text);

describe("search highlight", () => {
  it("marks the original text where the folded query matches", () => {
    expect(marked("¿Tenéis la Lámpara de pie?", "lampara")).toEqual(["Lámpara"]);
    expect(marked("Quero trocar o sofá", "SOFA")).toEqual(["sofá"]);
    expect(marked("czy mogę zwrócić krzesło", "zwrocic")).toEqual(["zwrócić"]);
    expect(marked("Łódź, ulica Długa", "lodz")).toEqual(["Łódź"]);
  });

  it("marks every occurrence and keeps the rest of the text as it was", () => {
    const parts = highlightParts("sofa, sofá and SOFA", "sofa");
    expect(parts.map((part) => part.text).join("")).toBe("sofa, sofá and SOFA");
    expect(parts.filter((part) => part.marked).map((part) => part.text)).toEqual(["sofa", "sofá", "SOFA"]);
  });

  it("keeps decomposed accents inside the mark and counts characters outside the basic plane", () => {
    expect(marked("cafe\u0301 au lait", "cafe")).toEqual(["cafe\u0301"]);
    expect(highlightRanges("👋 hola", "hola")).toEqual([[3, 7]]);
  });

  it("marks nothing for an empty query or no match", () => {
    expect(highlightRanges("hello", "  ")).toEqual([]);
    expect(highlightParts("hello", "bye")).toEqual([{ text: "hello", marked: false }]);
  });
});
