import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageFrame } from "@/components/shell/page-frame";
import { MediaHostsSettings } from "@/components/queues/media-hosts-settings";
import { QueuesScreen } from "@/components/queues/queues-screen";
import { requirePageAgent } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("queues"))("title") };
}

/**
 * A thin shell: the figures are read and polled in the browser, which knows the supervisor's
 * time zone ("today" is theirs) and whose clock makes the waiting times tick.
 */
export default async function QueuesPage() {
  // Layouts and pages render in parallel: the page checks the role itself as well.
  await requirePageAgent("supervisor");
  const t = await getTranslations("queues");
  return (
    <PageFrame title={t("title")} subtitle={t("subtitle")} wide>
      <QueuesScreen />
      <MediaHostsSettings />
    </PageFrame>
  );
}
