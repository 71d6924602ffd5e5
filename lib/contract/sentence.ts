/*
 * A sentence for a person is a catalog key with its values, spoken at the edge in the
 * reader's language: the server's wrappers speak it in the request's locale, a component in
 * the browser's. Code below the edge names keys, never English. Browser-safe.
 */

export type SentenceValues = Record<string, string | number>;

/** What the server or a form has to say, before it is put into words. */
export interface Sentence {
  key: string;
  values?: SentenceValues;
  /** The input field it is about, labelled from the catalog where the field is known. */
  path?: readonly PropertyKey[];
}

/**
 * The little of a catalog translator (next-intl's `t`, from `getTranslations()` on the server
 * or `useTranslations()` in a component, at the catalog's root) that sentences need.
 */
export interface Translator {
  (key: string, values?: SentenceValues): string;
  has(key: string): boolean;
}

/** A field's human label: `validation.fields.<path>` or its last named segment; else the raw path. */
export function fieldLabel(t: Translator, path: readonly PropertyKey[]): string | undefined {
  const named = path.filter((part): part is string => typeof part === "string");
  if (named.length === 0) return path.length > 0 ? path.map(String).join(".") : undefined;
  for (const key of [named.join("."), named[named.length - 1]]) {
    // A field named like an object's own property ("constructor", "__proto__": an input may
    // name any field) would be found in every catalog's prototype, and is no label.
    if (!key || key.split(".").some((part) => part in Object.prototype)) continue;
    if (t.has(`validation.fields.${key}`)) return t(`validation.fields.${key}`);
  }
  return path.map(String).join(".");
}

/** The sentence in the translator's language, prefixed by its field's label ("Message: …"). */
export function speak(t: Translator, sentence: Sentence): string {
  const text = t(sentence.key, sentence.values);
  const field = sentence.path ? fieldLabel(t, sentence.path) : undefined;
  return field ? t("validation.withField", { field, problem: text }) : text;
}

/** Several sentences as one ("Message: … ; Conversation: …."), at most three. */
export function speakAll(t: Translator, sentences: readonly Sentence[]): string {
  const parts = sentences.slice(0, 3).map((sentence) => speak(t, sentence).replace(/[.。]$/, ""));
  return `${parts.join("; ")}.`;
}
