import { getRequestConfig } from "next-intl/server";

export const DEFAULT_LOCALE = "en";

// One language for now; the locale will come from the agent's preference once there are more.
export default getRequestConfig(async () => {
  const locale = DEFAULT_LOCALE;
  const messages = (await import(`./messages/${locale}.json`)).default;
  return { locale, messages, timeZone: "UTC" };
});
