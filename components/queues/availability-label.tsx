"use client";

import { useTranslations } from "next-intl";
import { AvailabilityDot } from "@/components/inbox/availability-dot";
import type { Availability } from "@/lib/contract/queues";

/** A person's availability in words, with the dot of the header's control beside it. */
export function AvailabilityLabel({ availability, testId }: { availability: Availability; testId?: string }) {
  const t = useTranslations("availability");
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap" data-testid={testId} data-availability={availability}>
      <AvailabilityDot availability={availability} />
      {t(availability)}
    </span>
  );
}
