import { describe, expect, it } from "vitest";
import { cannedVersions, createCannedReplySchema, updateCannedReplySchema } from "@/lib/contract/canned";
import { fillVariables, unknownVariables } from "@/lib/contract/canned-variables";
import { describeZodError } from "@/lib/contract/validation";
import { catalogTranslator } from "../helpers/i18n";

/* The grammar of canned replies' variables, shared by the composer (filling) and the server (refusing). */

const values = { "contact.name": "Lucía Gómez", "agent.name": "Dana", "channel.name": "Shop WhatsApp" };
const en = catalogTranslator("en");
const refusal = (input: unknown) => {
  const parsed = createCannedReplySchema.safeParse(input);
  return parsed.success ? null : describeZodError(parsed.error, en);
};

describe("filling a canned reply's variables", () => {
  it("fills the three known variables, with or without spaces inside the braces", () => {
    expect(fillVariables("Hi {{contact.name}}, {{ agent.name }} here from {{channel.name }}.", values)).toBe("Hi Lucía Gómez, Dana here from Shop WhatsApp.");
  });

  it("fills every occurrence and leaves single braces and unknown names as written", () => {
    expect(fillVariables("{{contact.name}} {{contact.name}} {x} {{order.id}}", values)).toBe("Lucía Gómez Lucía Gómez {x} {{order.id}}");
  });

  it("takes a value as text: a name holding $& or braces is inserted as it is", () => {
    expect(fillVariables("Hi {{contact.name}}", { ...values, "contact.name": "$& {{agent.name}}" })).toBe("Hi $& {{agent.name}}");
  });
});

describe("unknown variables", () => {
  it("are found once each, named without their inner spaces", () => {
    expect(unknownVariables("{{ order.id }} {{contact.name}} {{order.id}} {{}} {{Contact.Name}}")).toEqual(["{{order.id}}", "{{}}", "{{Contact.Name}}"]);
    expect(unknownVariables("Hi {{ contact.name }}, {single} braces")).toEqual([]);
  });

  it("refuse a reply with a sentence naming the variable, in its text or in a translation", () => {
    const base = { scope: "team", name: "hello", text: "Hi {{contact.name}}" };
    expect(refusal({ ...base, text: "Your order {{order.id}} is on its way." })).toBe(
      "Message: Unknown variable {{order.id}}. Use {{contact.name}}, {{agent.name}} or {{channel.name}}.",
    );
    expect(refusal({ ...base, translations: { es: "Hola {{cliente}}" } })).toBe(
      "Spanish translation: Unknown variable {{cliente}}. Use {{contact.name}}, {{agent.name}} or {{channel.name}}.",
    );
    expect(updateCannedReplySchema.safeParse({ replyId: 1, name: "hello", text: "x", translations: { pl: "{{ agent }}" } }).success).toBe(false);
  });

  it("accept the known ones everywhere, and drop translations left empty", () => {
    const parsed = createCannedReplySchema.parse({
      scope: "personal",
      name: "hola_1",
      text: "{{agent.name}} at {{ channel.name }}",
      translations: { en: " Hi {{contact.name}} ", es: "", pt: "   " },
    });
    expect(parsed.translations).toEqual({ en: "Hi {{contact.name}}" });
  });
});

describe("a canned reply's name and text", () => {
  const base = { scope: "personal", text: "x" };
  it("is 1 to 40 letters, digits, - or _", () => {
    expect(createCannedReplySchema.safeParse({ ...base, name: "zażółć-Ñ_9" }).success).toBe(true);
    expect(createCannedReplySchema.safeParse({ ...base, name: "x".repeat(40) }).success).toBe(true);
    expect(refusal({ ...base, name: "x".repeat(41) })).toBe("Name: Give at most 40 characters.");
    expect(refusal({ ...base, name: "two words" })).toBe("Name: Use only letters, digits, - and _ (no spaces): the name is typed after /.");
    expect(refusal({ ...base, name: "and/or" })).toMatch(/^Name: Use only letters/);
    expect(refusal({ ...base, name: "  " })).toBe("Name: Must not be empty.");
  });

  it("has a text of 1 to 4,000 characters, and a known scope", () => {
    expect(createCannedReplySchema.safeParse({ ...base, name: "a", text: "y".repeat(4_000) }).success).toBe(true);
    expect(refusal({ ...base, name: "a", text: "y".repeat(4_001) })).toBe("Message: Give at most 4,000 characters.");
    expect(refusal({ ...base, name: "a", text: " " })).toBe("Message: Must not be empty.");
    expect(createCannedReplySchema.safeParse({ ...base, name: "a", scope: "everyone" }).success).toBe(false);
    expect(createCannedReplySchema.safeParse({ ...base, name: "a", translations: { fr: "Bonjour" } }).success).toBe(false);
  });
});

describe("the version a canned reply offers first", () => {
  const reply = { text: "Hello {{contact.name}}", translations: { es: "Hola {{contact.name}}", pl: "Dzień dobry" } };

  it("is the translation in the customer's language, then the main text, then the others", () => {
    expect(cannedVersions(reply, "es").map((version) => version.language)).toEqual(["es", null, "pl"]);
    expect(cannedVersions(reply, "pl")[0]).toEqual({ language: "pl", text: "Dzień dobry" });
    expect(cannedVersions(reply, "pt-BR".slice(0, 2))[0]!.language).toBeNull();
  });

  it("is the main text when the language is unknown or has no translation", () => {
    expect(cannedVersions(reply, null).map((version) => version.language)).toEqual([null, "es", "pl"]);
    expect(cannedVersions(reply, "pt")[0]).toEqual({ language: null, text: "Hello {{contact.name}}" });
    expect(cannedVersions({ text: "Hi", translations: {} }, "es")).toEqual([{ language: null, text: "Hi" }]);
  });
});
