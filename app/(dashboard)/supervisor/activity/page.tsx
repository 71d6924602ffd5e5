import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageFrame } from "@/components/shell/page-frame";
import { ActivityScreen } from "@/components/queues/activity-screen";
import { requirePageAgent } from "@/lib/auth/session";
import { activityChoicesNow } from "@/lib/queues/reads";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activity"))("title") };
}

export default async function ActivityPage() {
  await requirePageAgent("supervisor");
  const t = await getTranslations("activity");
  const choices = await activityChoicesNow();
  return (
    <PageFrame title={t("title")} subtitle={t("subtitle")}>
      <ActivityScreen agents={choices.agents} channels={choices.channels} />
    </PageFrame>
  );
}
