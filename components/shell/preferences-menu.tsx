"use client";

import { Globe } from "lucide-react";
import { useLocale, useTimeZone, useTranslations } from "next-intl";
import { useId, useSyncExternalStore } from "react";
import { isLocale, LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import { useSavePreferences } from "./use-save-preferences";

const subscribeNothing = () => () => undefined;

/** Every zone this browser knows, with the current one first in line if the list lacks it (UTC in some browsers). */
function zonesWith(current: string): string[] {
  const known = Intl.supportedValuesOf("timeZone");
  return known.includes(current) ? known : [current, ...known];
}

// Never disabled while saving: a disabled select drops the focus, and Esc would then reach the page's shortcuts.
const SELECT = "h-9 w-full rounded-md border border-border bg-surface px-2 text-sm text-ink";

/**
 * The header's language and time zone: a button opening a small panel (a native popover: Esc
 * and a click outside close it, Tab moves from the button into it) with two native selects,
 * which keyboards, screen readers and phones all know. Signed out, only the language shows.
 */
export function PreferencesMenu({ signedIn = true }: { signedIn?: boolean }) {
  const t = useTranslations("preferences");
  const locale = useLocale();
  const timeZone = useTimeZone() ?? "UTC";
  const id = useId();
  const panelId = `${id}-panel`;
  const { save, busy, error } = useSavePreferences(signedIn);
  // A choice made closes the panel, whatever the re-render does with it; a refusal keeps it open to say why.
  const choose = async (change: Parameters<typeof save>[0]) => {
    if (!(await save(change))) return;
    try {
      document.getElementById(panelId)?.hidePopover();
    } catch {
      // Already closed.
    }
  };
  // The browser's list of zones may differ from the server's: render it in the browser only.
  const mounted = useSyncExternalStore(subscribeNothing, () => true, () => false);
  const zones = mounted ? zonesWith(timeZone) : [timeZone];
  const language = isLocale(locale) ? LOCALE_NAMES[locale] : locale;
  const title = signedIn ? t("current", { language, timeZone }) : t("language");

  return (
    <span className="relative inline-flex" data-testid="preferences">
      <button
        type="button"
        popoverTarget={panelId}
        className="inline-flex h-9 items-center gap-1 rounded-md px-2 text-sm font-medium uppercase text-ink hover:bg-surface-muted"
        aria-label={title}
        title={title}
        data-testid="preferences-button"
      >
        <Globe aria-hidden="true" className="h-4 w-4" />
        <span aria-hidden="true">{locale}</span>
      </button>
      <div
        id={panelId}
        popover="auto"
        role="dialog"
        aria-label={t("label")}
        className="fixed inset-auto right-2 top-12 m-0 w-72 max-w-[calc(100vw-1rem)] space-y-3 rounded-md border border-border bg-surface-raised p-3 text-ink shadow-lg"
        data-testid="preferences-panel"
      >
        <label className="block space-y-1 text-sm font-medium">
          <span>{t("language")}</span>
          <select
            value={locale}
            onChange={(event) => void choose({ locale: event.target.value as Locale })}
            className={SELECT}
            data-testid="language-select"
          >
            {LOCALES.map((value) => (
              <option key={value} value={value} lang={value}>
                {LOCALE_NAMES[value]}
              </option>
            ))}
          </select>
        </label>
        {signedIn ? (
          <label className="block space-y-1 text-sm font-medium">
            <span>{t("timeZone")}</span>
            <select
              value={timeZone}
              onChange={(event) => void choose({ timeZone: event.target.value })}
              className={SELECT}
              data-testid="time-zone-select"
            >
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll("_", " ")}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <p role="status" className={error ? "text-xs text-danger" : "sr-only"} data-testid="preferences-status">
          {error ?? (busy ? t("saving") : "")}
        </p>
      </div>
    </span>
  );
}
