import { z } from "zod";
import { unknownVariables, VARIABLE_SAMPLES } from "./canned-variables";

/*
 * Canned replies: the team's (kept by supervisors) and each agent's own. A short name typed
 * after `/` in the composer, a text in whatever language its author wrote, and optional
 * translations. The shapes of their route and actions. Browser-safe.
 */

export const CANNED_SCOPES = ["team", "personal"] as const;
export type CannedScope = (typeof CANNED_SCOPES)[number];

/** The languages a reply may be translated into: the inbox's own. */
export const CANNED_LANGUAGES = ["en", "es", "pt", "pl"] as const;
export type CannedLanguage = (typeof CANNED_LANGUAGES)[number];

export const MAX_CANNED_NAME = 40;
export const MAX_CANNED_TEXT = 4_000;

/** What may follow `/` in the composer: letters (any alphabet), digits, `-` and `_` (empty is refused as empty, once). */
export const CANNED_NAME_CHARS = /^[\p{L}\p{N}_-]*$/u;

const replyId = z.number("canned.validation.reply").int("canned.validation.reply").positive("canned.validation.reply").max(2_147_483_647, "canned.validation.reply");

const name = z.string().trim().min(1).max(MAX_CANNED_NAME).regex(CANNED_NAME_CHARS, "canned.validation.nameChars");
const text = z.string().trim().min(1).max(MAX_CANNED_TEXT);
/** A translation left empty in the form is no translation. */
const translation = z.string().trim().max(MAX_CANNED_TEXT).optional();

const translations = z
  .strictObject({ en: translation, es: translation, pt: translation, pl: translation })
  .transform((given) => Object.fromEntries(Object.entries(given).filter(([, value]) => value))) as z.ZodType<
  Partial<Record<CannedLanguage, string>>,
  Partial<Record<CannedLanguage, string>>
>;

/** Each text and translation may name only the known variables; the first unknown one is said by name. */
function knownVariablesOnly(reply: { text: string; translations: Partial<Record<CannedLanguage, string>> }, context: z.RefinementCtx) {
  const fields: [PropertyKey[], string | undefined][] = [[["text"], reply.text], ...CANNED_LANGUAGES.map((lang): [PropertyKey[], string | undefined] => [["translations", lang], reply.translations[lang]])];
  for (const [path, value] of fields) {
    const unknown = value ? unknownVariables(value)[0] : undefined;
    if (unknown) context.addIssue({ code: "custom", path, message: "canned.validation.unknownVariable", params: { variable: unknown, ...VARIABLE_SAMPLES } });
  }
}

const fields = { name, text, translations: translations.default({}) };

export const createCannedReplySchema = z.strictObject({ scope: z.enum(CANNED_SCOPES), ...fields }).superRefine(knownVariablesOnly);
/** The scope stays what it was: a team reply is not made someone's own, nor the reverse. */
export const updateCannedReplySchema = z.strictObject({ replyId, ...fields }).superRefine(knownVariablesOnly);
export const deleteCannedReplySchema = z.strictObject({ replyId });

export const cannedReplySchema = z.object({
  id: z.number().int(),
  scope: z.enum(CANNED_SCOPES),
  name: z.string(),
  text: z.string(),
  translations: z.object({ en: z.string().optional(), es: z.string().optional(), pt: z.string().optional(), pl: z.string().optional() }),
  /** Whether the caller may change it: a supervisor the team's, everyone their own. */
  editable: z.boolean(),
  updatedAt: z.iso.datetime({ offset: true }),
});

/** `GET /api/canned-replies`: the team's and the caller's own, by name. */
export const cannedRepliesResponseSchema = z.object({ replies: z.array(cannedReplySchema) });

export type CannedReply = z.infer<typeof cannedReplySchema>;
export type CannedRepliesResponse = z.infer<typeof cannedRepliesResponseSchema>;
export type CreateCannedReplyInput = z.input<typeof createCannedReplySchema>;
export type UpdateCannedReplyInput = z.input<typeof updateCannedReplySchema>;

/** One version of a reply: the main text (`language` null) or a translation. */
export interface CannedVersion {
  language: CannedLanguage | null;
  text: string;
}

/**
 * The versions of a reply in the order the composer offers them: the translation in the
 * customer's language first when there is one, then the main text, then the other translations.
 */
export function cannedVersions(reply: Pick<CannedReply, "text" | "translations">, customerLanguage: string | null): CannedVersion[] {
  const wanted = customerLanguage?.slice(0, 2).toLowerCase();
  const translated = CANNED_LANGUAGES.flatMap((language) => (reply.translations[language] ? [{ language, text: reply.translations[language]! }] : []));
  const main: CannedVersion = { language: null, text: reply.text };
  const matching = translated.find((version) => version.language === wanted);
  return matching ? [matching, main, ...translated.filter((version) => version !== matching)] : [main, ...translated];
}
