"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import type { InboxSort, InboxView } from "@/lib/contract/inbox";
import type { StatusFilter } from "@/lib/query/keys";

/**
 * What the address says: the open conversation (and the message a search opened it at), the
 * channel, the unread filter, and the view, status and order of the list (deep links, Back).
 * Defaults stay out of the address.
 */
export interface InboxLocation {
  conversationId: number | null;
  /** The message to show and mark in the open conversation: a search's match. */
  message: number | null;
  channel: number | null;
  unread: boolean;
  /** Only conversations with a failed or unconfirmed reply. */
  failed: boolean;
  view: InboxView;
  /** The Mentions view in place of the list (`view=mentions`); `view` is then the list's default. */
  mentions: boolean;
  status: StatusFilter;
  sort: InboxSort;
}

export const LIST_DEFAULTS = { view: "all", status: "open", sort: "activity" } as const satisfies Pick<InboxLocation, "view" | "status" | "sort">;

const VIEWS: readonly InboxView[] = ["mine", "unassigned", "all"];
const STATUSES: readonly StatusFilter[] = ["open", "pending", "snoozed", "resolved", "all"];
const SORTS: readonly InboxSort[] = ["activity", "waiting", "newest", "window"];

const positive = (value: string | null) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : null;
};
const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

function parse(params: Pick<URLSearchParams, "get">): InboxLocation {
  return {
    conversationId: positive(params.get("c")),
    message: positive(params.get("m")),
    channel: positive(params.get("channel")),
    unread: params.get("filter") === "unread",
    failed: params.get("failed") === "1",
    view: oneOf(params.get("view"), VIEWS, LIST_DEFAULTS.view),
    mentions: params.get("view") === "mentions",
    status: oneOf(params.get("status"), STATUSES, LIST_DEFAULTS.status),
    sort: oneOf(params.get("sort"), SORTS, LIST_DEFAULTS.sort),
  };
}

/** The address of a location; view, status and sort left out are the defaults. */
export function inboxHref(location: Pick<InboxLocation, "conversationId" | "channel" | "unread"> & Partial<InboxLocation>): string {
  const params = new URLSearchParams();
  if (location.mentions) params.set("view", "mentions");
  else if (location.view && location.view !== LIST_DEFAULTS.view) params.set("view", location.view);
  if (location.status && location.status !== LIST_DEFAULTS.status) params.set("status", location.status);
  if (location.sort && location.sort !== LIST_DEFAULTS.sort) params.set("sort", location.sort);
  if (location.channel) params.set("channel", String(location.channel));
  if (location.unread) params.set("filter", "unread");
  if (location.failed) params.set("failed", "1");
  if (location.conversationId) params.set("c", String(location.conversationId));
  if (location.conversationId && location.message) params.set("m", String(location.message));
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
    // Another conversation (or none) leaves the message the last one was opened at.
    const message = "conversationId" in patch && !("message" in patch) ? null : current.message;
    const href = inboxHref({ ...current, message, ...patch });
    if (mode === "push") window.history.pushState(null, "", href);
    else window.history.replaceState(null, "", href);
  }, []);
  return [location, navigate];
}
