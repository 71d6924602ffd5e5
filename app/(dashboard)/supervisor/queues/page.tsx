import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageAgent } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("queues"))("title") };
}

export default async function QueuesPage() {
  // Layouts and pages render in parallel: the page checks the role itself as well.
  await requirePageAgent("supervisor");
  const t = await getTranslations("queues");
  return (
    <div className="p-6">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-sm text-ink-muted">{t("empty")}</p>
    </div>
  );
}
