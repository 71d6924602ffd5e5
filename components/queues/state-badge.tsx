"use client";

import { CircleAlert, CircleCheck, Clock } from "lucide-react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { WaitState } from "@/lib/contract/queues";

export const STATE_TONE = { within: "success", near: "warning", past: "danger" } as const;

/** Text colour of figures in a state; "within" stays plain so that only trouble stands out. */
export const STATE_TEXT: Record<WaitState, string> = { within: "", near: "text-warning", past: "text-danger font-semibold" };

/** Left edge of a row in its state's colour; the badge says the same in words. */
export const STATE_EDGE: Record<WaitState, string> = {
  within: "border-l-success",
  near: "border-l-warning",
  past: "border-l-danger",
};

const ICONS = { within: CircleCheck, near: Clock, past: CircleAlert } as const;

/** The state in words and with an icon, so it never depends on colour alone. */
export function StateBadge({ state, testId }: { state: WaitState; testId?: string }) {
  const t = useTranslations("queues.state");
  const Icon = ICONS[state];
  return (
    <Badge tone={STATE_TONE[state]} className="gap-1 whitespace-nowrap" data-testid={testId} data-state={state}>
      <Icon aria-hidden="true" className="h-3.5 w-3.5" />
      {t(state)}
    </Badge>
  );
}
