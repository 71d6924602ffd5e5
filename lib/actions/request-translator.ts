import "server-only";
import { getTranslations } from "next-intl/server";
import type { Translator } from "@/lib/contract/sentence";

/**
 * The catalog translator of the request being answered, in the locale lib/i18n/request.ts
 * resolves for it. The one seam between the wrappers and next-intl: a test that calls an
 * action outside Next stands this module in with a translator of the locale it wants.
 */
export async function requestTranslator(): Promise<Translator> {
  return (await getTranslations()) as unknown as Translator;
}
