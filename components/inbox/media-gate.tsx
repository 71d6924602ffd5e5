"use client";

import { FileAudio, FileVideo, Image as ImageIcon, Mic, ShieldAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import type { MediaDecision } from "@/lib/contract/media";
import { Button } from "@/components/ui/button";

export const linkProps = { target: "_blank", rel: "noopener noreferrer", referrerPolicy: "no-referrer" } as const;

export type MediaKind = "image" | "video" | "audio" | "voice";

const ICONS = { image: ImageIcon, video: FileVideo, audio: FileAudio, voice: Mic } as const;

/** The kind and the file's name, the one line every file shows whatever its state. */
export function FileLabel({ kind, name, url, extra }: { kind: MediaKind; name: string; url?: string; extra?: string | null }) {
  const t = useTranslations("inbox.files");
  const Icon = ICONS[kind];
  return (
    <span className="flex min-w-0 items-center gap-1.5 text-xs">
      <Icon aria-hidden="true" className="h-4 w-4 shrink-0" />
      <span className="shrink-0 font-semibold" data-testid="file-kind">{t(kind)}</span>
      {url ? (
        <a href={url} {...linkProps} className="min-w-0 truncate underline" title={name} data-testid="file-name">
          {name}
        </a>
      ) : (
        <span className="min-w-0 truncate" title={name} data-testid="file-name">{name}</span>
      )}
      {extra ? <span className="shrink-0 tabular-nums" data-testid="file-duration">{extra}</span> : null}
    </span>
  );
}

/**
 * Customer media that is not fetched by itself: its kind and name, and one click to load it,
 * naming the host that will see the request. Media over http: on an https page is never
 * loaded here; it stays a link the agent may open in a new tab.
 */
export function MediaGate({
  kind,
  name,
  url,
  decision,
  onLoad,
}: {
  kind: MediaKind;
  name: string;
  url: string;
  decision: Extract<MediaDecision, { kind: "ask" | "insecure" }>;
  onLoad: () => void;
}) {
  const t = useTranslations("inbox.files");
  return (
    <span className="flex w-64 max-w-full flex-col items-start gap-2 rounded-md border border-dashed border-border bg-surface p-2 text-ink" data-testid="media-gate" data-kind={kind}>
      <FileLabel kind={kind} name={name} url={url} />
      {decision.kind === "ask" ? (
        <Button variant="secondary" className="max-w-full px-2 py-1 text-xs" onClick={onLoad} data-testid="media-load">
          <span className="truncate">{t("loadFrom", { kind, host: decision.host })}</span>
        </Button>
      ) : (
        <span className="flex items-start gap-1 text-xs text-ink-muted" data-testid="media-insecure">
          <ShieldAlert aria-hidden="true" className="mt-0.5 h-3.5 w-3.5 shrink-0" />
          {t("insecure", { host: decision.host })}
        </span>
      )}
    </span>
  );
}
