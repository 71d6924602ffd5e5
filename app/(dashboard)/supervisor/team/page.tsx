import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TeamTable } from "@/components/team/team-table";
import { requirePageAgent } from "@/lib/auth/session";
import { listAgents } from "@/lib/db/queries/agents";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team"))("title") };
}

export default async function TeamPage() {
  const me = await requirePageAgent("supervisor");
  const t = await getTranslations("team");
  const agents = (await listAgents(await getDb())).map((agent) => ({
    id: agent.id,
    name: agent.displayName,
    email: agent.email,
    role: agent.role,
    active: agent.active,
  }));
  return (
    <div className="space-y-4 p-6">
      <div>
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-ink-muted">{t("subtitle")}</p>
      </div>
      <TeamTable agents={agents} currentAgentId={me.id} />
    </div>
  );
}
