"use client";

import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * A send that needs a second thought (WhatsApp's reply window has closed): the composer says
 * why beforehand, and a send waits for "Send anyway". The text stays in the composer until then.
 */
export function useSendCaution(caution: string | null) {
  const t = useTranslations("inbox.composer");
  const [asking, setAsking] = useState(false);
  const waiting = useRef<(() => void) | null>(null);

  /** Runs the send at once without a caution, else after the agent confirms. */
  function guard(send: () => void) {
    if (!caution) return send();
    waiting.current = send;
    setAsking(true);
  }

  function answer(confirmed: boolean) {
    const send = waiting.current;
    waiting.current = null;
    setAsking(false);
    if (confirmed) send?.();
  }

  const notice = caution ? (
    <div className="mb-2 rounded-md border border-warning/40 bg-surface-muted px-3 py-2 text-xs text-warning" data-testid="composer-caution" role="status">
      <p className="flex items-start gap-1.5">
        <TriangleAlert aria-hidden="true" className="mt-px h-3.5 w-3.5 shrink-0" />
        <span>{caution}</span>
      </p>
      {asking ? (
        <div className="mt-2 flex flex-wrap items-center gap-2" data-testid="composer-confirm">
          <span className="font-medium text-ink">{t("sendAnyway")}</span>
          <Button className="h-7 py-0" onClick={() => answer(true)} data-testid="composer-confirm-send" autoFocus>
            {t("sendAnywayYes")}
          </Button>
          <Button variant="secondary" className="h-7 py-0" onClick={() => answer(false)} data-testid="composer-confirm-cancel">
            {t("sendAnywayNo")}
          </Button>
        </div>
      ) : null}
    </div>
  ) : null;
  /** A change to what would be sent withdraws the question: the next send asks again. */
  const withdraw = () => asking && answer(false);
  return { guard, notice, withdraw };
}
