"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

/**
 * "(3) Inbox · Operator Inbox": the unread conversations, visible from any other tab; with
 * replies that failed or are unconfirmed, "(3 · 1 not sent) …" until they are retried or discarded.
 */
export function useTabTitle(unread: number | undefined, failed = 0) {
  const t = useTranslations();
  const base = t("inbox.documentTitle", { app: t("app.name") });
  useEffect(() => {
    const count = unread ?? 0;
    if (failed > 0) document.title = t("inbox.documentTitleFailed", { unread: count, failed, title: base });
    else document.title = count > 0 ? t("inbox.documentTitleUnread", { count, title: base }) : base;
  }, [unread, failed, base, t]);
  useEffect(() => () => void (document.title = base), [base]);
}
