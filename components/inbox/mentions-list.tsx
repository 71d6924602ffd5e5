"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { AtSign } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { MentionView } from "@/lib/contract/notes";
import { mentionQueries } from "@/lib/query/mention-queries";
import { MentionRow } from "./mention-row";
import { useLocalFormat, useNow } from "./use-clock";
import { inboxHref } from "./use-inbox-url";

interface Props {
  openId: number | null;
  onOpen: (mention: MentionView) => void;
}

/** Up and Down move between the rows (Tab still leaves the list in one step per row). */
function moveFocus(event: KeyboardEvent<HTMLUListElement>) {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const rows = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-testid="mention-row"]')];
  const index = rows.indexOf(document.activeElement as HTMLElement);
  const next = rows[index + (event.key === "ArrowDown" ? 1 : -1)];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

/** The Mentions view, in place of the conversation list: the notes that name this agent, newest first. */
export function MentionsList({ openId, onOpen }: Props) {
  const t = useTranslations("inbox.mentions");
  const format = useLocalFormat();
  const now = useNow();
  const query = useInfiniteQuery(mentionQueries.list());
  const mentions = useMemo(() => {
    const byId = new Map<number, MentionView>();
    for (const page of query.data?.pages ?? []) for (const mention of page.mentions) if (!byId.has(mention.id)) byId.set(mention.id, mention);
    return [...byId.values()];
  }, [query.data]);

  if (query.isPending) {
    return (
      <div className="flex-1 space-y-px" aria-busy="true" data-testid="mentions-loading">
        <p className="sr-only" role="status">
          {t("loading")}
        </p>
        {Array.from({ length: 6 }, (_, index) => (
          <div key={index} className="h-[72px] animate-pulse border-b border-border bg-surface-muted" />
        ))}
      </div>
    );
  }
  if (query.isError && mentions.length === 0) {
    return (
      <div className="p-3">
        <Notice tone="error">{t("loadFailed")}</Notice>
      </div>
    );
  }
  if (mentions.length === 0) {
    return (
      <div className="flex flex-1 flex-col items-center justify-center gap-1 p-6 text-center" role="status" data-testid="mentions-empty">
        <AtSign aria-hidden="true" className="h-8 w-8 text-ink-muted" />
        <p className="font-medium">{t("empty")}</p>
        <p className="text-sm text-ink-muted">{t("emptyHint")}</p>
      </div>
    );
  }
  return (
    <div className="min-h-0 flex-1 overflow-y-auto">
      <ul aria-label={t("label")} onKeyDown={moveFocus} data-testid="mentions-list">
        {mentions.map((mention) => (
          <li key={mention.id}>
            <MentionRow
              mention={mention}
              href={inboxHref({ conversationId: mention.conversationId, channel: null, unread: false, mentions: true })}
              open={mention.conversationId === openId}
              now={now}
              format={format}
              onOpen={onOpen}
            />
          </li>
        ))}
      </ul>
      {query.hasNextPage ? (
        <div className="flex justify-center p-3">
          <Button variant="secondary" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage} data-testid="mentions-more">
            {t("more")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
