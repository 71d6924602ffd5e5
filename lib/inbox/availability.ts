import type { Availability } from "@/lib/contract/queues";

/** Without a request for this long, anyone counts as offline, whatever they chose. */
export const OFFLINE_AFTER_MS = 15 * 60_000;

/**
 * What a person's availability is now: their choice in the header while they are active, and
 * offline after 15 minutes without activity or once signed out. The next request makes them
 * active again, so an automatic "offline" ends by itself.
 */
export function effectiveAvailability(
  person: { availability: string; lastActiveAt: Date | null; signedOutAt: Date | null },
  now: Date,
): Availability {
  const { lastActiveAt, signedOutAt } = person;
  if (!lastActiveAt || now.getTime() - lastActiveAt.getTime() > OFFLINE_AFTER_MS) return "offline";
  if (signedOutAt && signedOutAt >= lastActiveAt) return "offline";
  return person.availability === "away" || person.availability === "offline" ? person.availability : "online";
}
