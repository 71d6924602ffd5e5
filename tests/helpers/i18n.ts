import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createTranslator } from "next-intl";
import type { Translator } from "@/lib/contract/sentence";

/*
 * The real catalogs, read as lib/i18n/request.ts serves them (`<locale>.json` at the root and
 * each `<locale>.<namespace>.json` under its namespace), and a translator over them that fails
 * loudly on a missing key or a broken message instead of printing the key.
 */

const FOLDER = fileURLToPath(new URL("../../lib/i18n/messages/", import.meta.url));

export const LOCALES = ["en", "es", "pt", "pl"] as const;
export type Locale = (typeof LOCALES)[number];

export function catalogMessages(locale: string): Record<string, unknown> {
  const read = (file: string) => JSON.parse(readFileSync(`${FOLDER}${file}`, "utf8")) as Record<string, unknown>;
  const messages = read(`${locale}.json`);
  for (const file of readdirSync(FOLDER)) {
    const match = new RegExp(`^${locale}\\.([a-z]+)\\.json$`).exec(file);
    if (match) messages[match[1]!] = read(file);
  }
  return messages;
}

export function catalogTranslator(locale: string): Translator {
  const t = createTranslator({
    locale,
    messages: catalogMessages(locale),
    onError: (error) => {
      throw error;
    },
  });
  return t as unknown as Translator;
}
