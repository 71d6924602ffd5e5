"use client";

import { Contact, FileText, ImageOff } from "lucide-react";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useState } from "react";
import { fileNameOf, safeHttpUrl } from "./format";
import type { FileRef } from "./send-store";

const linkProps = { target: "_blank", rel: "noopener noreferrer" } as const;

// The full-size view loads the dialog library the first time an image is opened.
const ImageLightbox = dynamic(() => import("./image-lightbox").then((module) => module.ImageLightbox), { ssr: false });

/** A file of a message, shown for its type; a URL that is not http(s) is never used. */
export function MessageFile({ file, caption }: { file: FileRef; caption?: string }) {
  const t = useTranslations("inbox.files");
  const url = safeHttpUrl(file.url);
  const thumb = file.thumbUrl ? safeHttpUrl(file.thumbUrl) : null;
  if (!url) return <p className="italic">{t("unsafe", { type: file.type })}</p>;
  const name = fileNameOf(url);
  switch (file.type) {
    case "image":
      return <ImageFile key={thumb ?? url} url={url} thumb={thumb} alt={caption || t("imageAlt", { name })} />;
    case "video":
      return (
        <video controls preload="metadata" poster={thumb ?? undefined} src={url} className="max-h-72 w-full max-w-sm rounded" aria-label={t("videoLabel", { name })}>
          <a href={url} {...linkProps}>{name}</a>
        </video>
      );
    case "audio":
    case "voice":
      return (
        <audio controls preload="none" src={url} className="w-64 max-w-full" aria-label={t(file.type === "voice" ? "voiceLabel" : "audioLabel", { name })}>
          <a href={url} {...linkProps}>{name}</a>
        </audio>
      );
    case "contact":
      return (
        <a href={url} {...linkProps} className="flex items-center gap-2 rounded border border-border bg-surface px-3 py-2 text-ink no-underline">
          <Contact aria-hidden="true" className="h-5 w-5 shrink-0" />
          <span className="min-w-0">
            <span className="block text-xs text-ink-muted">{t("contactCard")}</span>
            <span className="block truncate font-medium">{name}</span>
          </span>
        </a>
      );
    default:
      return (
        <a href={url} {...linkProps} className="flex items-center gap-2 underline" data-testid="file-document">
          <FileText aria-hidden="true" className="h-4 w-4 shrink-0" />
          <span className="break-all">{name}</span>
        </a>
      );
  }
}

function ImageFile({ url, thumb, alt }: { url: string; thumb: string | null; alt: string }) {
  const t = useTranslations("inbox.files");
  const [open, setOpen] = useState(false);
  const [broken, setBroken] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} className="block overflow-hidden rounded" aria-label={t("openImage", { alt })}>
        {broken ? (
          <span className="flex h-24 w-36 items-center justify-center gap-1 bg-surface-muted text-xs text-ink-muted">
            <ImageOff aria-hidden="true" className="h-4 w-4" /> {t("imageUnavailable")}
          </span>
        ) : null}
        {/* Customer files come from any host; next/image would need every host configured. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img
          src={thumb ?? url}
          alt={alt}
          loading="lazy"
          onError={() => setBroken(true)}
          className={broken ? "hidden" : "max-h-60 max-w-full object-cover"}
          data-testid="file-image"
        />
      </button>
      {open ? <ImageLightbox url={url} alt={alt} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
