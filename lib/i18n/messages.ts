import type { AbstractIntlMessages } from "next-intl";
import { DEFAULT_LOCALE, type Locale } from "./locales";

/*
 * A language's catalogs: `<locale>.json` holds most namespaces, `<locale>.<namespace>.json` a
 * feature's own (so that features do not all edit one file). Each is laid over the English one,
 * key by key: a catalog file not written yet shows English rather than raw keys. The parity test
 * keeps the written catalogs complete.
 */

const FEATURE_NAMESPACES = ["queues"] as const;

type Messages = AbstractIntlMessages;

async function catalog(file: string): Promise<Messages | undefined> {
  try {
    return (await import(`./messages/${file}.json`)).default as Messages;
  } catch {
    return undefined;
  }
}

function overlay(base: Messages, over: Messages | undefined): Messages {
  if (!over) return base;
  const merged: Messages = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const under = base[key];
    merged[key] = typeof value === "object" && typeof under === "object" ? overlay(under, value) : value;
  }
  return merged;
}

async function catalogs(locale: Locale): Promise<Messages> {
  const base = await catalog(locale);
  const features = await Promise.all(FEATURE_NAMESPACES.map(async (name) => [name, await catalog(`${locale}.${name}`)] as const));
  const messages: Messages = { ...base };
  for (const [name, messagesOf] of features) if (messagesOf) messages[name] = messagesOf;
  return messages;
}

export async function loadMessages(locale: Locale): Promise<Messages> {
  const english = await catalogs(DEFAULT_LOCALE);
  return locale === DEFAULT_LOCALE ? english : overlay(english, await catalogs(locale));
}
