import { clsx } from "clsx";
import type { Availability } from "@/lib/contract/queues";

const TONES: Record<Availability, string> = {
  online: "bg-success",
  away: "bg-warning",
  offline: "border border-ink-muted bg-transparent",
};

/** A person's availability as a dot; always beside its word, never the only sign. */
export function AvailabilityDot({ availability, className }: { availability: Availability; className?: string }) {
  return <span aria-hidden="true" className={clsx("inline-block h-2 w-2 shrink-0 rounded-full", TONES[availability], className)} />;
}
