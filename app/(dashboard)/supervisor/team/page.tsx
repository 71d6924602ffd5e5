import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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
    <div className="space-y-4 p-4 sm:p-6">
      <div>
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-ink-muted">{t("subtitle")}</p>
      </div>
      <TeamTable agents={agents} currentAgentId={me.id} />
    </div>
  );
}
