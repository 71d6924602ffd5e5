"use client";

import { useTranslations } from "next-intl";
import type { QueuesResponse } from "@/lib/contract/queues";
import { secondsSince, useDuration } from "./duration";
import { Dash } from "./figure-cells";
import { Section } from "./section";

const th = "px-2 py-1 font-medium";
const td = "px-2 py-1";

/** Who is at work now, what they have answered today, and how fast each channel is answered. */
export function TeamPanel({ data, now }: { data: QueuesResponse; now: number }) {
  const t = useTranslations("queues.team");
  const tRoles = useTranslations("queues.roles");
  const duration = useDuration();
  const { active, repliesToday, firstResponseToday } = data.team;
  const firstResponse = new Map(firstResponseToday.map((row) => [row.channelId, row]));

  return (
    <Section id="team" title={t("title")} description={t("description")} testId="team-panel">
      <h3 className="text-sm font-semibold">{t("activeTitle")}</h3>
      {active.length === 0 ? (
        <p className="text-sm text-ink-muted">{t("nobodyActive")}</p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm" data-testid="team-active">
          {active.map((agent) => (
            <li key={agent.id} className="flex items-center gap-2">
              <span aria-hidden="true" className="h-2 w-2 shrink-0 rounded-full bg-success" />
              <span className="font-medium">{agent.name}</span>
              <span className="text-ink-muted">{tRoles.has(agent.role) ? tRoles(agent.role) : agent.role}</span>
              <span className="ml-auto text-xs text-ink-muted">
                {t("lastSeen", { duration: duration(secondsSince(agent.lastActiveAt, now), { coarse: true }) })}
              </span>
            </li>
          ))}
        </ul>
      )}

      <table className="mt-4 w-full text-sm" data-testid="team-replies">
        <caption className="pb-1 text-left text-sm font-semibold">{t("repliesTitle")}</caption>
        <thead className="border-b border-border text-ink-muted">
          <tr>
            <th scope="col" className={`${th} text-left`}>{t("agent")}</th>
            <th scope="col" className={`${th} text-right`}>{t("replies")}</th>
          </tr>
        </thead>
        <tbody>
          {repliesToday.length === 0 ? (
            <tr>
              <td colSpan={2} className={`${td} text-ink-muted`}>{t("noReplies")}</td>
            </tr>
          ) : (
            repliesToday.map((row) => (
              <tr key={row.agentId}>
                <th scope="row" className={`${td} text-left font-normal`}>{row.name}</th>
                <td className={`${td} text-right tabular-nums`}>{row.replies}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>

      <table className="mt-4 w-full text-sm" data-testid="team-first-response">
        <caption className="pb-1 text-left text-sm font-semibold">{t("firstResponseTitle")}</caption>
        <thead className="border-b border-border text-ink-muted">
          <tr>
            <th scope="col" className={`${th} text-left`}>{t("channel")}</th>
            <th scope="col" className={`${th} text-right`}>{t("median")}</th>
            <th scope="col" className={`${th} text-right`}>{t("answered")}</th>
          </tr>
        </thead>
        <tbody>
          {data.channels.map((channel) => {
            const row = firstResponse.get(channel.channelId);
            return (
              <tr key={channel.channelId} data-testid={`first-response-${channel.channelId}`}>
                <th scope="row" className={`${td} text-left font-normal`}>{channel.name}</th>
                <td className={`${td} whitespace-nowrap text-right tabular-nums`}>{row ? duration(row.medianSeconds) : <Dash label={t("noReplies")} />}</td>
                <td className={`${td} text-right tabular-nums`}>{row?.replies ?? 0}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Section>
  );
}
