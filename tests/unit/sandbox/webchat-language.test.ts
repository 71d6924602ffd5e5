import { describe, expect, it } from "vitest";
import { WEBCHAT_LANGUAGES, webchatLanguage, webchatTexts } from "@/sandbox/webchat-catalog";

describe("the webchat page's language", () => {
  it("follows ?lang= first, then Accept-Language by preference, then English", () => {
    expect(webchatLanguage("pl", "es-ES,es;q=0.9")).toBe("pl");
    expect(webchatLanguage("PT-br", undefined)).toBe("pt");
    expect(webchatLanguage("de", "pl-PL,pl;q=0.9,en;q=0.8")).toBe("pl");
    expect(webchatLanguage(null, "de-DE;q=1, es;q=0.5, pt;q=0.7")).toBe("pt");
    expect(webchatLanguage(null, "fr, de;q=0.8, es;q=0")).toBe("en");
    expect(webchatLanguage(null, undefined)).toBe("en");
    expect(webchatLanguage(null, ";;;,q=x")).toBe("en");
  });

  it("has every text in every language, and none left in English", () => {
    const english = webchatTexts("en");
    for (const language of WEBCHAT_LANGUAGES) {
      const texts = webchatTexts(language);
      expect(Object.keys(texts).sort(), language).toEqual(Object.keys(english).sort());
      for (const value of Object.values(texts)) expect(value.trim(), language).not.toBe("");
      if (language !== "en") expect(texts.note).not.toBe(english.note);
      expect(texts.notSent, language).toContain("{reason}");
    }
  });
});
