import { useTranslations } from "next-intl";

/** The list when it has no rows: loading, empty, or nothing matching the filters. */
export function ListState({ loading, filtered }: { loading: boolean; filtered: boolean }) {
  const t = useTranslations("inbox.list");
  if (loading) {
    return (
      <div className="flex-1 space-y-px" aria-busy="true" data-testid="conversation-list-loading">
        <p className="sr-only" role="status">
          {t("loading")}
        </p>
        {Array.from({ length: 8 }, (_, index) => (
          <div key={index} className="h-[76px] animate-pulse border-b border-border bg-surface-muted" />
        ))}
      </div>
    );
  }
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-1 p-6 text-center" data-testid={filtered ? "no-results" : "inbox-empty"}>
      <p className="font-medium">{filtered ? t("noResults") : t("empty")}</p>
      <p className="text-sm text-ink-muted">{filtered ? t("noResultsHint") : t("emptyHint")}</p>
    </div>
  );
}
