"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/contract/errors";
import { setChannelThresholdAction, setDefaultThresholdAction } from "@/lib/queues/actions";
import type { QueuesResponse } from "@/lib/contract/queues";
import { queueKeys } from "@/lib/query/queue-queries";
import { usePlatformName } from "./queue-row";
import { Section } from "./section";
import { ThresholdForm } from "./threshold-form";

const minutesOf = (seconds: number) => Math.round(seconds / 60);

/** The team's default waiting-time threshold and each channel's own, where it has one. */
export function ThresholdSettings({ data }: { data: QueuesResponse }) {
  const t = useTranslations("queues.thresholds");
  const platformName = usePlatformName();
  const queryClient = useQueryClient();
  // A new threshold changes states, overdue counts and the waiting lists: refresh them all now.
  const refreshing = async <T,>(pending: Promise<ActionResult<T>>) => {
    const result = await pending;
    if (result.ok) await queryClient.invalidateQueries({ queryKey: queueKeys.all });
    return result;
  };

  return (
    <Section id="thresholds" title={t("title")} description={t("description")} testId="thresholds">
      <div className="space-y-1">
        <h3 className="text-sm font-semibold">{t("defaultTitle")}</h3>
        <ThresholdForm
          label={t("defaultLabel")}
          minutes={minutesOf(data.defaultThresholdSeconds)}
          save={(minutes) => refreshing(setDefaultThresholdAction({ minutes }))}
          testId="threshold-default"
        />
      </div>
      <ul className="mt-4 grid gap-x-6 gap-y-3 border-t border-border pt-4 md:grid-cols-2" aria-label={t("channelsLabel")}>
        {data.channels.map((channel) => (
          <li key={channel.channelId} className="space-y-1" data-testid={`threshold-channel-${channel.channelId}`}>
            <p className="text-sm">
              <span className="font-medium">{channel.name}</span>{" "}
              <span className="text-ink-muted">
                {platformName(channel.platform)} · {channel.thresholdOverridden ? t("own") : t("followsDefault")}
              </span>
            </p>
            <ThresholdForm
              label={t("channelLabel", { channel: channel.name })}
              minutes={minutesOf(channel.thresholdSeconds)}
              save={(minutes) => refreshing(setChannelThresholdAction({ channelId: channel.channelId, minutes }))}
              reset={channel.thresholdOverridden ? () => refreshing(setChannelThresholdAction({ channelId: channel.channelId, minutes: null })) : undefined}
              resetLabel={t("useDefault")}
              testId={`threshold-form-${channel.channelId}`}
            />
          </li>
        ))}
      </ul>
    </Section>
  );
}
