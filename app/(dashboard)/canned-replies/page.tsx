import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CannedRepliesScreen } from "@/components/inbox/canned-replies-screen";
import { PageFrame } from "@/components/shell/page-frame";
import { requirePageAgent } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("canned"))("title") };
}

/** For everyone: agents keep their own replies and read the team's; supervisors keep the team's too. */
export default async function CannedRepliesPage() {
  await requirePageAgent();
  const t = await getTranslations("canned");
  return (
    <PageFrame title={t("title")} subtitle={t("subtitle")}>
      <CannedRepliesScreen />
    </PageFrame>
  );
}
