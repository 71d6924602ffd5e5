"use client";

import { Contact, FileText, ImageOff } from "lucide-react";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useState } from "react";
import { useMediaDecision } from "@/components/shell/media-policy";
import { fileNameOf, safeHttpUrl } from "./format";
import { AudioFile, VideoFile } from "./media-files";
import { linkProps, MediaGate, type MediaKind } from "./media-gate";
import type { FileRef } from "./send-store";

// The full-size view loads the dialog library the first time an image is opened.
const ImageLightbox = dynamic(() => import("./image-lightbox").then((module) => module.ImageLightbox), { ssr: false });

const isMedia = (type: string): type is MediaKind => type === "image" || type === "video" || type === "audio" || type === "voice";

/**
 * A file of a message, shown for its type; a URL that is not http(s) is never used. Media a
 * customer sent loads only from an allowed host, or after one click (`fromCustomer`).
 */
export function MessageFile({ file, caption, fromCustomer = false }: { file: FileRef; caption?: string; fromCustomer?: boolean }) {
  const t = useTranslations("inbox.files");
  const url = safeHttpUrl(file.url);
  const thumb = file.thumbUrl ? safeHttpUrl(file.thumbUrl) : null;
  if (!url) return <p className="italic">{t("unsafe", { type: file.type })}</p>;
  const name = fileNameOf(url);
  if (isMedia(file.type)) return <MediaFile kind={file.type} url={url} thumb={thumb} name={name} caption={caption} fromCustomer={fromCustomer} />;
  if (file.type === "contact") {
    return (
      <a href={url} {...linkProps} className="flex items-center gap-2 rounded border border-border bg-surface px-3 py-2 text-ink no-underline">
        <Contact aria-hidden="true" className="h-5 w-5 shrink-0" />
        <span className="min-w-0">
          <span className="block text-xs text-ink-muted">{t("contactCard")}</span>
          <span className="block truncate font-medium">{name}</span>
        </span>
      </a>
    );
  }
  return (
    <a href={url} {...linkProps} className="flex items-center gap-2 underline" data-testid="file-document">
      <FileText aria-hidden="true" className="h-4 w-4 shrink-0" />
      <span className="break-all">{name}</span>
    </a>
  );
}

interface MediaProps {
  kind: MediaKind;
  url: string;
  thumb: string | null;
  name: string;
  caption?: string;
  fromCustomer: boolean;
}

/** An image, video or sound: shown at once where allowed, else behind the gate until asked for. */
function MediaFile({ kind, url, thumb, name, caption, fromCustomer }: MediaProps) {
  const t = useTranslations("inbox.files");
  const shown = kind === "image" && thumb ? thumb : url;
  const decision = useMediaDecision(shown, fromCustomer);
  const poster = useMediaDecision(thumb ?? url, fromCustomer);
  const [asked, setAsked] = useState(false);
  if (decision.kind === "unsafe") return <p className="italic">{t("unsafe", { type: kind })}</p>;
  if (decision.kind === "insecure" || (decision.kind === "ask" && !asked)) {
    return <MediaGate kind={kind} name={name} url={url} decision={decision} onLoad={() => setAsked(true)} />;
  }
  switch (kind) {
    case "image":
      return <ImageFile key={shown} url={url} shown={shown} alt={caption || t("imageAlt", { name })} name={name} />;
    case "video":
      return <VideoFile url={url} poster={thumb && (poster.kind === "load" || asked) ? thumb : null} name={name} />;
    default:
      return <AudioFile kind={kind} url={url} name={name} />;
  }
}

function ImageFile({ url, shown, alt, name }: { url: string; shown: string; alt: string; name: string }) {
  const t = useTranslations("inbox.files");
  const [open, setOpen] = useState(false);
  const [broken, setBroken] = useState(false);
  const original = useMediaDecision(url, false);
  if (broken) {
    // What the image was, and where it lives: the agent can still open it or tell the customer.
    return (
      <span className="flex w-64 max-w-full items-start gap-2 rounded border border-border bg-surface p-2 text-xs text-ink" data-testid="file-broken">
        <ImageOff aria-hidden="true" className="h-4 w-4 shrink-0" />
        <span className="min-w-0">
          <span className="block">{t("imageBroken")}</span>
          <a href={url} {...linkProps} className="block truncate underline" title={name} data-testid="file-name">
            {name}
          </a>
        </span>
      </span>
    );
  }
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} className="block overflow-hidden rounded" aria-label={t("openImage", { alt })}>
        {/* Customer files come from any host; next/image would need every host configured. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={shown} alt={alt} loading="lazy" referrerPolicy="no-referrer" onError={() => setBroken(true)} className="max-h-60 max-w-full object-cover" data-testid="file-image" />
      </button>
      {open ? <ImageLightbox url={url} alt={alt} loadable={original.kind !== "insecure"} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
