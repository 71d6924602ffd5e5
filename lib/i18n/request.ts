import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { canonicalTimeZone, DEFAULT_LOCALE, LOCALE_COOKIE } from "./locales";
import { loadMessages } from "./messages";
import { resolveLocale } from "./negotiate";
import { savedPreferences } from "./saved-preferences";

export { DEFAULT_LOCALE };

/** Until the browser's zone is known (saved at the first sign-in), times read in UTC. */
const FALLBACK_TIME_ZONE = "UTC";

/**
 * The language and time zone of this request, for server components and, through the root
 * layout's NextIntlClientProvider, for client ones: the agent's saved choice, else this
 * browser's (the picker's cookie), else Accept-Language, else English.
 */
export default getRequestConfig(async () => {
  const [saved, jar, incoming] = await Promise.all([savedPreferences(), cookies(), headers()]);
  const locale = resolveLocale({
    saved: saved.locale,
    cookie: jar.get(LOCALE_COOKIE)?.value,
    acceptLanguage: incoming.get("accept-language"),
  });
  const timeZone = (saved.timeZone && canonicalTimeZone(saved.timeZone)) || FALLBACK_TIME_ZONE;
  return { locale, timeZone, messages: await loadMessages(locale) };
});
