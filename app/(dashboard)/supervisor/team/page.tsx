import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageFrame } from "@/components/shell/page-frame";
import { TeamTable } from "@/components/team/team-table";
import { requirePageAgent } from "@/lib/auth/session";
import { listTeam } from "@/lib/queues/reads";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team"))("title") };
}

export default async function TeamPage() {
  const me = await requirePageAgent("supervisor");
  const t = await getTranslations("team");
  const agents = (await listTeam()).map(({ id, name, email, role, active }) => ({ id, name, email, role, active }));
  return (
    <PageFrame title={t("title")} subtitle={t("subtitle")}>
      <TeamTable agents={agents} currentAgentId={me.id} />
    </PageFrame>
  );
}
