"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ErrorPanel } from "./error-panel";

/** What an error boundary shows: the sentence, a retry, and the way back to the inbox. */
export function UnexpectedError({ reset }: { reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <ErrorPanel title={t("unexpectedTitle")} body={t("unexpectedBody")} testId="error-page">
      <Button onClick={reset}>{t("retry")}</Button>
      <Link className="text-sm text-accent underline" href="/inbox">
        {t("backToInbox")}
      </Link>
    </ErrorPanel>
  );
}
