/*
 * The languages of the inbox, and what a time zone may be. Browser-safe: the header's picker
 * reads the same list the server resolves a request's language against.
 */

export const LOCALES = ["en", "es", "pt", "pl"] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "en";

/** Each language named in itself, so that someone who cannot read the current one finds theirs. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  es: "Español",
  pt: "Português",
  pl: "Polski",
};

/** The language chosen on this browser, for pages seen before signing in (the sign-in page). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** A year: the choice outlives a sign-out, so that the sign-in page stays in that language. */
export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

// An IANA name ("Europe/Madrid", "UTC", "America/Argentina/Buenos_Aires"); offsets such as
// "+01:00" are refused: they know no summer time.
const ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/;

/** The zone's canonical IANA name when this runtime knows it, else null. */
export function canonicalTimeZone(value: string): string | null {
  if (value.length > 64 || !ZONE_SHAPE.test(value)) return null;
  try {
    return new Intl.DateTimeFormat("en", { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export function isTimeZone(value: string): boolean {
  return canonicalTimeZone(value) !== null;
}
