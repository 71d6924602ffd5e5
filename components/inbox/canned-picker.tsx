"use client";

import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import type { CannedPickerState } from "./use-canned-picker";

/**
 * The canned replies matching what is typed after `/`, above the reply box: a listbox the box
 * drives with aria-activedescendant (focus stays in the box, where the agent is typing).
 * Replies are text written by the team: shown as text only.
 */
export function CannedPicker({ picker }: { picker: CannedPickerState }) {
  const t = useTranslations("canned.picker");
  const tCanned = useTranslations("canned");
  if (!picker.open) return null;
  const active = picker.options[picker.activeIndex];
  const activeVersions = active ? picker.versionsOf(active) : [];
  const activeVersion = active ? activeVersions[picker.versionIndex(active)] : undefined;
  const languageName = (language: string | null) => (language ? tCanned(`languages.${language}`) : t("original"));

  const status = picker.loading
    ? t("loading")
    : picker.failed
      ? t("loadFailed")
      : picker.options.length === 0
        ? picker.empty
          ? t("none")
          : t("noMatch", { query: picker.query })
        : null;

  return (
    <div className="relative">
      <div className="absolute inset-x-0 bottom-1 z-20 rounded-md border border-border bg-surface-raised shadow-lg" data-testid="canned-picker">
        {status ? (
          <p className="px-3 py-2 text-sm text-ink-muted" role="status" data-testid="canned-picker-status">
            {status}
          </p>
        ) : (
          <ul id={picker.listboxId} role="listbox" aria-label={t("label")} className="max-h-64 overflow-y-auto py-1">
            {picker.options.map((reply, index) => {
              const versions = picker.versionsOf(reply);
              const version = versions[picker.versionIndex(reply)] ?? versions[0]!;
              const selected = index === picker.activeIndex;
              return (
                <li
                  key={reply.id}
                  id={picker.optionId(reply)}
                  role="option"
                  aria-selected={selected}
                  className={clsx("flex cursor-pointer items-baseline gap-2 px-3 py-1.5 text-sm", selected && "bg-[var(--selected)]")}
                  // Keeps the focus (and the caret) in the reply box.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => picker.onPick(reply)}
                  onMouseEnter={() => picker.onHover(index)}
                  data-testid="canned-option"
                  data-name={reply.name}
                >
                  <span className="shrink-0 font-medium">/{reply.name}</span>
                  {version.language ? (
                    <span className="shrink-0 rounded bg-surface-muted px-1 text-xs uppercase text-ink-muted" data-testid="canned-option-language">
                      {version.language}
                      {versions.length > 1 ? <span className="sr-only">{` ${languageName(version.language)}`}</span> : null}
                    </span>
                  ) : null}
                  <span className="min-w-0 flex-1 truncate text-ink-muted">{version.text}</span>
                  <span className="shrink-0 text-xs text-ink-muted">{reply.scope === "team" ? tCanned("team") : tCanned("mine")}</span>
                </li>
              );
            })}
          </ul>
        )}
        <p className="border-t border-border px-3 py-1 text-xs text-ink-muted" aria-live="polite">
          {activeVersions.length > 1 && activeVersion
            ? t("versions", { language: languageName(activeVersion.language), position: picker.versionIndex(active!) + 1, count: activeVersions.length })
            : t("hint")}
        </p>
      </div>
    </div>
  );
}
