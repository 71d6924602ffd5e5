import { getRequestConfig } from "next-intl/server";

export const DEFAULT_LOCALE = "en";

/**
 * One language for now; the locale will come from the agent's preference once there are more.
 * A feature may keep its namespace in a catalog of its own (`<locale>.<namespace>.json`), so
 * that features do not all edit one file.
 */
export default getRequestConfig(async () => {
  const locale = DEFAULT_LOCALE;
  const base = (await import(`./messages/${locale}.json`)).default;
  const queues = (await import(`./messages/${locale}.queues.json`)).default;
  return { locale, messages: { ...base, queues }, timeZone: "UTC" };
});
