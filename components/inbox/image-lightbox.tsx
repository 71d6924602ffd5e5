"use client";

import { useTranslations } from "next-intl";
import { Dialog } from "@/components/ui/dialog";

/** An image at full size, with a link to the original; an http: original on an https page is only linked. */
export function ImageLightbox({ url, alt, loadable, onClose }: { url: string; alt: string; loadable: boolean; onClose: () => void }) {
  const t = useTranslations("inbox.files");
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={alt} closeLabel={t("close")} className="w-[min(96vw,64rem)]" testId="image-lightbox">
      {loadable ? (
        // Customer files come from any host; next/image would need every host configured.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={url} alt={alt} referrerPolicy="no-referrer" className="mx-auto max-h-[75dvh] max-w-full" />
      ) : (
        <p className="text-sm text-ink-muted">{t("insecureOriginal")}</p>
      )}
      <a href={url} target="_blank" rel="noopener noreferrer" referrerPolicy="no-referrer" className="mt-2 inline-block text-sm underline">
        {t("openOriginal")}
      </a>
    </Dialog>
  );
}
