"use client";

import { useTranslations } from "next-intl";
import { Dialog } from "@/components/ui/dialog";

/** An image at full size, with a link to the original. */
export function ImageLightbox({ url, alt, onClose }: { url: string; alt: string; onClose: () => void }) {
  const t = useTranslations("inbox.files");
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={alt} closeLabel={t("close")} className="w-[min(96vw,64rem)]" testId="image-lightbox">
      {/* Customer files come from any host; next/image would need every host configured. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={url} alt={alt} className="mx-auto max-h-[75dvh] max-w-full" />
      <a href={url} target="_blank" rel="noopener noreferrer" className="mt-2 inline-block text-sm underline">
        {t("openOriginal")}
      </a>
    </Dialog>
  );
}
