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

const COLUMNS = ["name", "email", "role", "status", "actions"] as const;
const cell = "block md:table-cell md:px-3 md:py-2";

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
      {/* A table from md up; below it each agent is a card whose fields name their column. */}
      <div className="rounded-lg border border-border bg-surface">
        <table role="table" className="block w-full text-left text-sm md:table">
          <thead role="rowgroup" className="sr-only border-b border-border text-ink-muted md:not-sr-only md:table-header-group">
            <tr role="row">
              {COLUMNS.map((column) => (
                <th key={column} role="columnheader" scope="col" className="px-3 py-2 font-medium">
                  {t(`team.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup" className="block md:table-row-group">
            {agents.map((member) => (
              <tr
                key={member.id}
                role="row"
                className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-3 gap-y-1 border-b border-border p-3 last:border-0 md:table-row md:p-0"
                data-testid={`team-row-${member.email}`}
              >
                <td role="cell" className={`${cell} font-medium md:font-normal`}>
                  {member.name} {member.id === currentAgentId ? <span className="text-ink-muted">({t("team.you")})</span> : null}
                </td>
                <td role="cell" className={`${cell} row-start-2 min-w-0 break-all text-ink-muted md:text-ink`}>{member.email}</td>
                <td role="cell" className={`${cell} row-start-3`}>{t(`shell.roles.${member.role}`)}</td>
                <td role="cell" className={`${cell} col-start-2 row-start-1 justify-self-end`}>
                  <Badge tone={member.active ? "success" : "danger"}>{member.active ? t("team.active") : t("team.inactive")}</Badge>
                </td>
                <td role="cell" className={`${cell} col-start-2 row-span-2 row-start-2 self-end justify-self-end`}>
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
