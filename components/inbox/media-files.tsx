"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { formatDuration } from "./format";
import { FileLabel, linkProps } from "./media-gate";

/**
 * A voice message or an audio file: its kind (the two must never look alike), its name, and
 * its duration once the player knows it, above the player itself.
 */
export function AudioFile({ kind, url, name }: { kind: "audio" | "voice"; url: string; name: string }) {
  const t = useTranslations("inbox.files");
  const [duration, setDuration] = useState<string | null>(null);
  return (
    <span className="flex w-64 max-w-full flex-col gap-1" data-testid={`file-${kind}`}>
      <FileLabel kind={kind} name={name} extra={duration} />
      <audio
        controls
        // The metadata alone (a few kilobytes) gives the duration; the sound loads on play.
        preload="metadata"
        src={url}
        className="w-full"
        aria-label={t(kind === "voice" ? "voiceLabel" : "audioLabel", { name })}
        onLoadedMetadata={(event) => setDuration(formatDuration(event.currentTarget.duration))}
        onDurationChange={(event) => setDuration(formatDuration(event.currentTarget.duration))}
      >
        <a href={url} {...linkProps}>{name}</a>
      </audio>
    </span>
  );
}

/** A video with its name below it, a link to the original. */
export function VideoFile({ url, poster, name }: { url: string; poster: string | null; name: string }) {
  const t = useTranslations("inbox.files");
  const [duration, setDuration] = useState<string | null>(null);
  return (
    <span className="flex w-full max-w-sm flex-col gap-1" data-testid="file-video">
      <video
        controls
        preload="metadata"
        poster={poster ?? undefined}
        src={url}
        className="max-h-72 w-full rounded"
        aria-label={t("videoLabel", { name })}
        onLoadedMetadata={(event) => setDuration(formatDuration(event.currentTarget.duration))}
      >
        <a href={url} {...linkProps}>{name}</a>
      </video>
      <FileLabel kind="video" name={name} url={url} extra={duration} />
    </span>
  );
}
