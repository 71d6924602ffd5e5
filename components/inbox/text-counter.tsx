"use client";

import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { MAX_TEXT_LENGTH } from "@/lib/contract/send";

/** The counter shows from 90% of the limit: early enough to trim, late enough not to distract. */
export const COUNTER_FROM = Math.ceil(MAX_TEXT_LENGTH * 0.9);
/** A screen reader hears the count once typing pauses, not at every key. */
const SPOKEN_AFTER_MS = 700;

/** "3,700 / 4,096" beside the reply box near and over the limit, said politely to screen readers. */
export function TextCounter({ length }: { length: number }) {
  const t = useTranslations("inbox.composer");
  const shown = length >= COUNTER_FROM;
  const over = length > MAX_TEXT_LENGTH;
  const sentence = !shown ? "" : over ? t("counterOver", { count: length - MAX_TEXT_LENGTH }) : t("counterLeft", { count: MAX_TEXT_LENGTH - length });
  const [spoken, setSpoken] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(sentence), SPOKEN_AFTER_MS);
    return () => clearTimeout(timer);
  }, [sentence]);
  return (
    <>
      {shown ? (
        <p aria-hidden="true" className={clsx("mt-1 text-right text-xs tabular-nums", over ? "font-semibold text-danger" : "text-ink-muted")} data-testid="composer-counter" data-over={over || undefined}>
          {t("counter", { count: length, max: MAX_TEXT_LENGTH })}
        </p>
      ) : null}
      <p className="sr-only" aria-live="polite" data-testid="composer-counter-spoken">
        {spoken}
      </p>
    </>
  );
}
