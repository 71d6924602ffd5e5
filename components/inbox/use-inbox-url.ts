"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";

/** What the address says: the open conversation, the channel and the filter (deep links, Back). */
export interface InboxLocation {
  conversationId: number | null;
  channel: number | null;
  unread: boolean;
}

const positive = (value: string | null) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : null;
};

function parse(params: Pick<URLSearchParams, "get">): InboxLocation {
  return { conversationId: positive(params.get("c")), channel: positive(params.get("channel")), unread: params.get("filter") === "unread" };
}

export function inboxHref(location: InboxLocation): string {
  const params = new URLSearchParams();
  if (location.channel) params.set("channel", String(location.channel));
  if (location.unread) params.set("filter", "unread");
  if (location.conversationId) params.set("c", String(location.conversationId));
  const query = params.toString();
  return query ? `/inbox?${query}` : "/inbox";
}

/**
 * Reads the location from the search params and changes it with the History API, which Next
 * folds into useSearchParams without a server round trip: opening a conversation is instant.
 */
export function useInboxUrl(): [InboxLocation, (patch: Partial<InboxLocation>, mode?: "push" | "replace") => void] {
  const params = useSearchParams();
  const location = useMemo(() => parse(params), [params]);
  const navigate = useCallback((patch: Partial<InboxLocation>, mode: "push" | "replace" = "push") => {
    const current = parse(new URLSearchParams(window.location.search));
    const href = inboxHref({ ...current, ...patch });
    if (mode === "push") window.history.pushState(null, "", href);
    else window.history.replaceState(null, "", href);
  }, []);
  return [location, navigate];
}
