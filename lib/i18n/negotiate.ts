import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./locales";

/** The best of our languages for a browser's Accept-Language header ("pl-PL,pl;q=0.9" -> pl), else null. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const requested = new Negotiator({ headers: { "accept-language": header } }).languages().filter((tag) => tag !== "*");
  try {
    // A sentinel default tells "nothing matched" apart from a real match of English.
    const found = match(requested, LOCALES, "und", { algorithm: "best fit" });
    return isLocale(found) ? found : null;
  } catch {
    // A malformed tag in the header: it asks for nothing we can honour.
    return null;
  }
}

export interface LocaleSources {
  /** The signed-in agent's saved choice. */
  saved?: string | null;
  /** The choice this browser made before (the picker's cookie). */
  cookie?: string | null;
  acceptLanguage?: string | null;
}

/** Which language a request is served in: the agent's, else this browser's choice, else its Accept-Language, else English. */
export function resolveLocale({ saved, cookie, acceptLanguage }: LocaleSources): Locale {
  if (isLocale(saved)) return saved;
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}
