"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { setAgentActiveAction } from "@/lib/queues/team-actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

export interface TeamMember {
  id: string;
  name: string;
  email: string;
  role: "agent" | "supervisor";
  active: boolean;
}

export function TeamTable({ agents, currentAgentId }: { agents: TeamMember[]; currentAgentId: string }) {
  const t = useTranslations();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function toggle(member: TeamMember) {
    setError(null);
    startTransition(async () => {
      const result = await setAgentActiveAction({ agentId: member.id, active: !member.active });
      if (!result.ok) setError(t("team.failed", { reason: result.message }));
    });
  }

  return (
    <div className="space-y-3">
      {error ? <Notice tone="error" live testId="team-error">{error}</Notice> : null}
      <div className="overflow-x-auto rounded-lg border border-border bg-surface">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-border text-ink-muted">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">{t("team.name")}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t("team.email")}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t("team.role")}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t("team.status")}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t("team.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {agents.map((member) => (
              <tr key={member.id} className="border-b border-border last:border-0" data-testid={`team-row-${member.email}`}>
                <td className="px-3 py-2">
                  {member.name} {member.id === currentAgentId ? <span className="text-ink-muted">({t("team.you")})</span> : null}
                </td>
                <td className="px-3 py-2">{member.email}</td>
                <td className="px-3 py-2">{t(`shell.roles.${member.role}`)}</td>
                <td className="px-3 py-2">
                  <Badge tone={member.active ? "success" : "danger"}>{member.active ? t("team.active") : t("team.inactive")}</Badge>
                </td>
                <td className="px-3 py-2">
                  {member.id === currentAgentId ? null : (
                    <Button variant={member.active ? "danger" : "secondary"} disabled={pending} onClick={() => toggle(member)}>
                      {member.active ? t("team.deactivate") : t("team.reactivate")}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
