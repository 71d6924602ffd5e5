import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("title") };
}

export default async function InboxPage() {
  const t = await getTranslations("inbox");
  return (
    <div className="p-6">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-sm text-ink-muted" data-testid="inbox-empty">{t("empty")}</p>
    </div>
  );
}
