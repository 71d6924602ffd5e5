"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main className="mx-auto max-w-md space-y-3 p-8">
      <h1 className="text-xl font-semibold">{t("unexpectedTitle")}</h1>
      <p className="text-sm text-ink-muted">{t("unexpectedBody")}</p>
      <Button onClick={reset}>{t("retry")}</Button>
    </main>
  );
}
