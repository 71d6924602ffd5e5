import { useTranslations } from "next-intl";
import type { InboxView } from "@/lib/contract/inbox";
import type { StatusFilter } from "@/lib/query/keys";

interface Props {
  loading: boolean;
  /** A search, channel or unread filter narrows the list. */
  filtered: boolean;
  view?: InboxView;
  status?: StatusFilter;
}

/** The list when it has no rows: loading, nothing matching the filters, or an empty view. */
export function ListState({ loading, filtered, view = "all", status = "open" }: Props) {
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
  let title = t("empty");
  let hint = t("emptyHint");
  if (filtered) {
    title = t("noResults");
    hint = t("noResultsHint");
  } else if (status !== "open" || view !== "all") {
    title = t("emptyView", { view, status });
    hint = t("emptyViewHint", { view, status });
  }
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-1 p-6 text-center" data-testid={filtered ? "no-results" : "inbox-empty"} role="status">
      <p className="font-medium">{title}</p>
      <p className="text-sm text-ink-muted">{hint}</p>
    </div>
  );
}
