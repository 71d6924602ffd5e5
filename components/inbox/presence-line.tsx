"use client";

import { clsx } from "clsx";
import { Eye, PenLine } from "lucide-react";
import { useTranslations } from "next-intl";
import type { Presence } from "@/lib/contract/presence";

/** "Dana is viewing", "Dana is typing a reply": the others who have this conversation open. */
export function PresenceLine({ people, compact = false, testId }: { people: Presence[]; compact?: boolean; testId: string }) {
  const t = useTranslations("inbox.presence");
  if (people.length === 0) return null;
  const typing = people.some((person) => person.typing);
  const Icon = typing ? PenLine : Eye;
  const sentence = people.map((person) => t(person.typing ? "typing" : "viewing", { name: person.name })).join(" · ");
  return (
    <span
      className={clsx("flex min-w-0 items-center gap-1 text-xs", typing ? "text-warning" : "text-accent", compact && "shrink-0")}
      data-testid={testId}
      title={sentence}
      role={compact ? undefined : "status"}
    >
      <Icon aria-hidden="true" className="h-3 w-3 shrink-0" />
      <span className={clsx("truncate", compact && "max-w-24")}>{compact ? people.map((person) => person.name).join(", ") : sentence}</span>
      {compact ? <span className="sr-only">{sentence}</span> : null}
    </span>
  );
}
