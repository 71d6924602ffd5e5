"use client";

import { useTranslations } from "next-intl";
import { activityKinds } from "@/lib/contract/activity";

export type ActivityFilterValues = { agent: string; channel: string; kind: string; conversation: string; from: string; to: string };
export const NO_FILTERS: ActivityFilterValues = { agent: "", channel: "", kind: "", conversation: "", from: "", to: "" };

const FIELD = "w-full rounded-md border border-border bg-surface-raised px-2 py-1.5 text-sm text-ink";

interface Props {
  values: ActivityFilterValues;
  onChange: (values: ActivityFilterValues) => void;
  agents: { id: string; name: string }[];
  channels: { id: number; name: string }[];
}

/** Who, where, which conversation, what kind and when: each change asks again. */
export function ActivityFilters({ values, onChange, agents, channels }: Props) {
  const t = useTranslations("activity.filters");
  const set = (key: keyof ActivityFilterValues) => (event: { target: { value: string } }) => onChange({ ...values, [key]: event.target.value });
  return (
    <form className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6" onSubmit={(event) => event.preventDefault()} data-testid="activity-filters">
      <Choice label={t("agent")} any={t("anyone")} value={values.agent} onChange={set("agent")} testId="activity-agent" options={agents.map((agent) => [agent.id, agent.name])} />
      <Choice label={t("channel")} any={t("anyChannel")} value={values.channel} onChange={set("channel")} testId="activity-channel" options={channels.map((channel) => [String(channel.id), channel.name])} />
      <Choice label={t("kind")} any={t("anyKind")} value={values.kind} onChange={set("kind")} testId="activity-kind" options={activityKinds.map((kind) => [kind, t(`kinds.${kind}`)])} />
      <label className="space-y-1 text-xs font-medium text-ink-muted">
        <span>{t("conversation")}</span>
        <input className={FIELD} inputMode="numeric" pattern="[0-9]*" value={values.conversation} onChange={set("conversation")} placeholder={t("conversationPlaceholder")} data-testid="activity-conversation" />
      </label>
      <label className="space-y-1 text-xs font-medium text-ink-muted">
        <span>{t("from")}</span>
        <input className={FIELD} type="datetime-local" value={values.from} onChange={set("from")} data-testid="activity-from" />
      </label>
      <label className="space-y-1 text-xs font-medium text-ink-muted">
        <span>{t("to")}</span>
        <input className={FIELD} type="datetime-local" value={values.to} onChange={set("to")} data-testid="activity-to" />
      </label>
    </form>
  );
}

interface ChoiceProps {
  label: string;
  /** The first option, which filters nothing. */
  any: string;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
  options: [value: string, label: string][];
  testId: string;
}

function Choice({ label, any, value, onChange, options, testId }: ChoiceProps) {
  return (
    <label className="space-y-1 text-xs font-medium text-ink-muted">
      <span>{label}</span>
      <select className={FIELD} value={value} onChange={onChange} data-testid={testId}>
        <option value="">{any}</option>
        {options.map(([option, text]) => (
          <option key={option} value={option}>{text}</option>
        ))}
      </select>
    </label>
  );
}

/** The filters as the routes' query: empty ones left out, local times as instants. */
export function toQuery(values: ActivityFilterValues): Record<string, string> {
  const query: Record<string, string> = {};
  if (values.agent) query.agent = values.agent;
  if (values.channel) query.channel = values.channel;
  if (values.kind) query.kind = values.kind;
  if (/^\d{1,10}$/.test(values.conversation.trim())) query.conversation = values.conversation.trim();
  for (const key of ["from", "to"] as const) {
    const time = values[key] ? new Date(values[key]) : null;
    if (time && !Number.isNaN(time.getTime())) query[key] = time.toISOString();
  }
  return query;
}
