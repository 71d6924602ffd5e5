"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, type Locale } from "@/lib/i18n/locales";
import { setPreferencesAction } from "@/lib/inbox/preferences-actions";

export interface PreferencesChange {
  locale?: Locale;
  timeZone?: string;
}

/**
 * Saves a language or time zone, then re-renders the server's part of the page in it
 * (router.refresh): the data already fetched stays, only the words and times change. A signed-in
 * agent's choice is kept on the agent; the cookie carries the language to the sign-in page.
 */
export function useSavePreferences(signedIn: boolean) {
  const t = useTranslations("preferences");
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save(change: PreferencesChange): Promise<boolean> {
    setError(null);
    if (signedIn) {
      setSaving(true);
      const result = await setPreferencesAction(change).catch(() => null);
      setSaving(false);
      if (!result?.ok) {
        setError(t("failed", { reason: result?.message ?? t("unreachable") }));
        return false;
      }
    }
    if (change.locale) {
      document.cookie = `${LOCALE_COOKIE}=${change.locale}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE}; samesite=lax`;
    }
    startRefresh(() => router.refresh());
    return true;
  }

  return { save, busy: saving || refreshing, error };
}
