"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

/** "(3) Inbox · Operator Inbox": the unread conversations, visible from any other tab. */
export function useTabTitle(unread: number | undefined) {
  const t = useTranslations();
  const base = t("inbox.documentTitle", { app: t("app.name") });
  useEffect(() => {
    document.title = unread ? t("inbox.documentTitleUnread", { count: unread, title: base }) : base;
  }, [unread, base, t]);
  useEffect(() => () => void (document.title = base), [base]);
}
