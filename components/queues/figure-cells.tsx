"use client";

import { clsx } from "clsx";
import { useFormatter, useTranslations } from "next-intl";
import type { QueuesResponse } from "@/lib/contract/queues";
import { secondsSince, useDuration } from "./duration";
import { STATE_TEXT, StateBadge } from "./state-badge";
import { useLocalTime } from "./use-clock";
import { CARD_TABLE } from "./card-table";

type Figures = QueuesResponse["total"];

const cell = clsx(CARD_TABLE.cell, CARD_TABLE.labelled, "tabular-nums lg:px-3 lg:py-2 lg:text-right");

/** "—" on screen; a word for screen readers, which would read the dash as nothing. */
export function Dash({ label }: { label: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">{label}</span>
    </>
  );
}

/** A past time as "4 min ago", with the exact time on hover and for assistive technology. */
function Ago({ at, now }: { at: string | null; now: number }) {
  const t = useTranslations("queues");
  const duration = useDuration();
  const time = useLocalTime();
  if (!at) return <Dash label={t("never")} />;
  return (
    <time dateTime={at} title={time.full(at)}>
      {t("ago", { duration: duration(secondsSince(at, now), { coarse: true }) })}
    </time>
  );
}

/**
 * The figure cells shared by a channel's row and the total row, in the table's column order
 * (FIGURE_KEYS of sort.ts). Every count but unread is of open conversations, or of pending and
 * snoozed ones in their own columns.
 * Counts that signal trouble take the row state's colour; the state column says it in words.
 */
export function FigureCells({ figures, now, testId }: { figures: Figures; now: number; testId: string }) {
  const t = useTranslations("queues");
  const duration = useDuration();
  // Counts as the reader's language groups digits (12,345 · 12.345 · 12 345).
  const format = useFormatter();
  const count = (value: number) => format.number(value);
  const trouble = STATE_TEXT[figures.state];
  const column = (key: string) => ({ role: "cell", "data-label": t(`table.columns.${key}`) });
  return (
    <>
      <td {...column("state")} className={clsx(CARD_TABLE.cell, CARD_TABLE.labelled, "lg:px-3 lg:py-2")}>
        <StateBadge state={figures.state} testId={`${testId}-state`} />
      </td>
      <td className={cell} {...column("openConversations")} data-testid={`${testId}-openConversations`}>
        {count(figures.openConversations)}
      </td>
      <td className={cell} {...column("unassignedConversations")} data-testid={`${testId}-unassignedConversations`}>
        {count(figures.unassignedConversations)}
      </td>
      <td className={clsx(cell, figures.waitingConversations > 0 && trouble)} {...column("waitingConversations")} data-testid={`${testId}-waitingConversations`}>
        {count(figures.waitingConversations)}
      </td>
      <td className={clsx(cell, "whitespace-nowrap", trouble)} {...column("oldestWait")} data-testid={`${testId}-oldestWait`}>
        {figures.oldestWaitingSince ? (
          <time dateTime={figures.oldestWaitingSince}>{duration(secondsSince(figures.oldestWaitingSince, now), { coarse: true })}</time>
        ) : (
          <Dash label={t("nobodyWaiting")} />
        )}
      </td>
      <td className={clsx(cell, figures.overdueConversations > 0 && "font-semibold text-danger")} {...column("overdueConversations")} data-testid={`${testId}-overdueConversations`}>
        {count(figures.overdueConversations)}
      </td>
      <td
        className={clsx(cell, figures.windowClosingConversations > 0 && "font-semibold text-warning")}
        {...column("windowClosingConversations")}
        data-testid={`${testId}-windowClosingConversations`}
      >
        {count(figures.windowClosingConversations)}
      </td>
      <td className={cell} {...column("pendingConversations")} data-testid={`${testId}-pendingConversations`}>
        {count(figures.pendingConversations)}
      </td>
      <td className={cell} {...column("snoozedConversations")} data-testid={`${testId}-snoozedConversations`}>
        {count(figures.snoozedConversations)}
      </td>
      {/* Unread is the team's, across every status: beside the work figures, not part of them. */}
      <td className={cell} {...column("unreadConversations")} data-testid={`${testId}-unreadConversations`}>
        {count(figures.unreadConversations)}
      </td>
      <td className={cell} {...column("unreadMessages")} data-testid={`${testId}-unreadMessages`}>
        {count(figures.unreadMessages)}
      </td>
      <td className={clsx(cell, "whitespace-nowrap text-ink-muted")} {...column("lastInboundAt")} data-testid={`${testId}-lastInbound`}>
        <Ago at={figures.lastInboundAt} now={now} />
      </td>
      <td className={clsx(cell, "whitespace-nowrap text-ink-muted")} {...column("lastReplyAt")} data-testid={`${testId}-lastReply`}>
        <Ago at={figures.lastReplyAt} now={now} />
      </td>
    </>
  );
}
