"use client";

import type { RefObject } from "react";
import type { InboxResponse } from "@/lib/contract/inbox";
import { ListToolbar } from "./list-toolbar";
import { SelectAllBox } from "./select-all-box";
import type { InboxLocation } from "./use-inbox-url";
import type { useSelection } from "./use-selection";
import { ViewTabs } from "./view-tabs";

interface Props {
  location: InboxLocation;
  navigate: (patch: Partial<InboxLocation>) => void;
  counts: InboxResponse["views"] | undefined;
  /** Conversations with a failed or unconfirmed reply, for the "Failed sends" filter. */
  failedCount: number;
  onQueryChange: (q: string) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  selection: ReturnType<typeof useSelection>;
  /** The agent's unread mentions, for the Mentions tab. */
  unreadMentions: number | undefined;
}

/** Above the list: the views with their counts, status, order, unread, search and "select all"; the Mentions tab. */
export function ListHeader({ location, navigate, counts, failedCount, onQueryChange, searchRef, selection, unreadMentions }: Props) {
  return (
    <div className="space-y-2 border-b border-border p-3">
      <ViewTabs
        view={location.view}
        counts={counts}
        onChange={(view) => navigate({ view, mentions: false })}
        mentions={{ selected: location.mentions, unread: unreadMentions, onSelect: () => navigate({ mentions: true }) }}
        panelId="conversation-panel"
      />
      {/* The list's own controls; the Mentions view has none of them. */}
      <div hidden={location.mentions}>
        <ListToolbar
          status={location.status}
          onStatusChange={(status) => navigate({ status })}
          sort={location.sort}
          onSortChange={(sort) => navigate({ sort })}
          unread={location.unread}
          onUnreadChange={(unread) => navigate({ unread })}
          failed={location.failed}
          // A failed reply matters whatever the conversation's status: the filter looks at them all.
          onFailedChange={(failed) => navigate(failed ? { failed, status: "all" } : { failed })}
          failedCount={failedCount}
          onQueryChange={onQueryChange}
          searchRef={searchRef}
          selectAll={<SelectAllBox all={selection.all} some={selection.ids.length > 0} busy={selection.selectingAll} onChange={selection.setAll} />}
        />
      </div>
    </div>
  );
}
