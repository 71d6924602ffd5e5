import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  isArgumentElement,
  isDateElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  parse,
  type MessageFormatElement,
  type PluralElement,
} from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

const LOCALES = ["es", "pt", "pl"] as const;
// A namespace may keep its own catalog file, `<locale>.<namespace>.json` (see lib/i18n/request.ts).
const FILES = ["", ".queues"] as const;
const dir = fileURLToPath(new URL("../../../lib/i18n/messages/", import.meta.url));

type Tree = { [key: string]: string | Tree };
const read = (locale: string, file: string): Tree => JSON.parse(readFileSync(`${dir}${locale}${file}.json`, "utf8"));

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) out.set(inner, text);
  }
  return out;
}

const english = new Map(FILES.map((file) => [file, flatten(read("en", file))]));
const translated = (locale: string, file: string) => flatten(read(locale, file));

/** Every element, at any depth inside select/plural options and tags. */
function* walk(elements: MessageFormatElement[]): Generator<MessageFormatElement> {
  for (const element of elements) {
    yield element;
    if (isSelectElement(element) || isPluralElement(element)) for (const option of Object.values(element.options)) yield* walk(option.value);
    if (isTagElement(element)) yield* walk(element.children);
  }
}

/** What code passes in: argument names and kinds, and a select's cases (code picks them by value). */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  for (const el of walk(parse(message))) {
    if (isSelectElement(el)) found.add(`${el.value}: select ${Object.keys(el.options).sort().join("|")}`);
    else if (isPluralElement(el)) found.add(`${el.value}: plural`);
    else if (isTagElement(el)) found.add(`<${el.value}>`);
    else if (isArgumentElement(el) || isNumberElement(el) || isDateElement(el) || isTimeElement(el)) found.add(`${el.value}: ${el.type}`);
  }
  return [...found].sort();
}

/** Plausible values: numbers for counts, dates for dates, each select case in turn, and tags kept. */
function sampleValues(message: string, count: number, turn: number): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const el of walk(parse(message))) {
    if (isPluralElement(el) || isNumberElement(el)) values[el.value] = count;
    else if (isDateElement(el) || isTimeElement(el)) values[el.value] = new Date(Date.UTC(2026, 0, 5, 9, 30));
    else if (isTagElement(el)) values[el.value] = (chunks: unknown[]) => chunks.join("");
    else if (isSelectElement(el)) {
      const cases = Object.keys(el.options);
      values[el.value] = cases[turn % cases.length];
    } else if (isArgumentElement(el)) values[el.value] = `«${el.value}»`;
  }
  return values;
}

const pluralsOf = (message: string) => [...walk(parse(message))].filter((el): el is PluralElement => isPluralElement(el));
const COUNTS = [0, 1, 2, 5, 22, 112, 1.5];

describe.each(LOCALES)("the %s catalogs", (locale) => {
  it.each(FILES)("have exactly the keys English has (%s)", (file) => {
    const ours = [...translated(locale, file).keys()];
    const theirs = [...english.get(file)!.keys()];
    expect({ missing: theirs.filter((key) => !ours.includes(key)), extra: ours.filter((key) => !theirs.includes(key)) }).toEqual({ missing: [], extra: [] });
  });

  it.each(FILES)("compile and format every message (%s)", (file) => {
    const failures: string[] = [];
    for (const [key, message] of translated(locale, file)) {
      try {
        const format = new IntlMessageFormat(message, locale);
        const turns = Math.max(1, ...[...walk(parse(message))].map((el) => (isSelectElement(el) ? Object.keys(el.options).length : 1)));
        for (const count of COUNTS) for (let turn = 0; turn < turns; turn++) format.format(sampleValues(message, count, turn));
      } catch (error) {
        failures.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it.each(FILES)("keep English's placeholders in every message (%s)", (file) => {
    const differences: string[] = [];
    for (const [key, message] of translated(locale, file)) {
      const source = english.get(file)!.get(key);
      if (source === undefined) continue;
      const [ours, theirs] = [placeholders(message), placeholders(source)];
      if (ours.join() !== theirs.join()) differences.push(`${key}: ${ours.join(", ")} ≠ ${theirs.join(", ")}`);
    }
    expect(differences).toEqual([]);
  });

  it.each(FILES)("give every plural the categories the language needs (%s)", (file) => {
    const needed = locale === "pl" ? ["one", "few", "many", "other"] : ["one", "other"];
    const lacking: string[] = [];
    for (const [key, message] of translated(locale, file)) {
      for (const plural of pluralsOf(message)) {
        const missing = needed.filter((category) => !(category in plural.options));
        if (missing.length) lacking.push(`${key} (${plural.value}): ${missing.join(", ")}`);
      }
    }
    expect(lacking).toEqual([]);
  });
});

describe("Polish numbers", () => {
  const messages = { ...(read("pl", "") as Tree), queues: read("pl", ".queues") };
  const translate = createTranslator({ locale: "pl", messages });
  // The catalog is read at run time, so its keys are plain strings to the type checker.
  const t = (key: string, values: Record<string, string | number>): string => translate(key as never, values as never);
  const say = (key: string, values: Record<string, string | number>) => [1, 2, 5, 22, 112].map((count) => t(key, { ...values, count }));

  it("agree with the count: one, few (2–4, 22–24) and many (5–21, 112)", () => {
    expect(say("inbox.unreadTotal", {})).toEqual([
      "1 nieprzeczytana rozmowa",
      "2 nieprzeczytane rozmowy",
      "5 nieprzeczytanych rozmów",
      "22 nieprzeczytane rozmowy",
      "112 nieprzeczytanych rozmów",
    ]);
    expect(say("inbox.work.done.resolve", {})).toEqual([
      "Rozwiązano 1 rozmowę.",
      "Rozwiązano 2 rozmowy.",
      "Rozwiązano 5 rozmów.",
      "Rozwiązano 22 rozmowy.",
      "Rozwiązano 112 rozmów.",
    ]);
    expect(say("queues.waiting.unread", {})).toEqual([
      "1 nieprzeczytana wiadomość",
      "2 nieprzeczytane wiadomości",
      "5 nieprzeczytanych wiadomości",
      "22 nieprzeczytane wiadomości",
      "112 nieprzeczytanych wiadomości",
    ]);
  });

  it("put minutes in the accusative after “za”", () => {
    const minutes = [1, 2, 5, 22, 112].map((n) => t("login.errors.throttled", { minutes: n, time: "14:05" }).match(/za (.+?) \(/)?.[1]);
    expect(minutes).toEqual(["1 minutę", "2 minuty", "5 minut", "22 minuty", "112 minut"]);
  });
});
