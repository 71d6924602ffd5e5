"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { CannedReply, CannedScope } from "@/lib/contract/canned";
import { cannedQueries } from "@/lib/query/canned-queries";
import { cannedKeys } from "@/lib/query/keys";
import { CannedReplyCard } from "./canned-reply-card";
import { CannedReplyForm } from "./canned-reply-form";
import { useSignedInAgent } from "./signed-in-agent";

type Editing = { scope: CannedScope; reply?: CannedReply } | null;

/** The canned-replies page: the team's (changed by supervisors only) and the agent's own. */
export function CannedRepliesScreen() {
  const t = useTranslations("canned");
  const client = useQueryClient();
  const agent = useSignedInAgent();
  const replies = useQuery(cannedQueries.list());
  const [editing, setEditing] = useState<Editing>(null);
  const [done, setDone] = useState<string | null>(null);
  const changed = (sentence: string) => {
    setEditing(null);
    setDone(sentence);
    void client.invalidateQueries({ queryKey: cannedKeys.all });
  };

  if (replies.isPending) return <p role="status" className="text-sm text-ink-muted" data-testid="canned-loading">{t("loading")}</p>;
  if (replies.isError) {
    return (
      <div className="space-y-2">
        <Notice tone="error" testId="canned-load-failed">{t("loadFailed")}</Notice>
        <Button variant="secondary" onClick={() => void replies.refetch()}>{t("retry")}</Button>
      </div>
    );
  }

  const sections: { scope: CannedScope; title: string; mayAdd: boolean; empty: string }[] = [
    { scope: "team", title: t("team"), mayAdd: agent?.role === "supervisor", empty: t("teamEmpty") },
    { scope: "personal", title: t("mine"), mayAdd: true, empty: t("mineEmpty") },
  ];

  return (
    <div className="max-w-3xl space-y-6">
      <p role="status" className="sr-only" data-testid="canned-done">{done}</p>
      {sections.map(({ scope, title, mayAdd, empty }) => {
        const list = replies.data.filter((reply) => reply.scope === scope);
        const adding = editing?.scope === scope && !editing.reply;
        return (
          <section key={scope} aria-labelledby={`canned-${scope}`} className="space-y-3" data-testid={`canned-section-${scope}`}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 id={`canned-${scope}`} className="text-lg font-semibold">{title}</h2>
              {mayAdd && !adding ? (
                <Button variant="secondary" onClick={() => setEditing({ scope })} data-testid={`canned-add-${scope}`}>
                  {scope === "team" ? t("addTeam") : t("addMine")}
                </Button>
              ) : null}
            </div>
            {scope === "team" && !mayAdd ? <p className="text-sm text-ink-muted">{t("teamReadOnly")}</p> : null}
            {adding ? <CannedReplyForm scope={scope} onDone={() => changed(t("saved"))} onCancel={() => setEditing(null)} /> : null}
            {list.length === 0 && !adding ? <p className="text-sm text-ink-muted" data-testid={`canned-empty-${scope}`}>{empty}</p> : null}
            <ul className="space-y-2">
              {list.map((reply) =>
                editing?.reply?.id === reply.id ? (
                  <li key={reply.id}>
                    <CannedReplyForm scope={scope} reply={reply} onDone={() => changed(t("saved"))} onCancel={() => setEditing(null)} />
                  </li>
                ) : (
                  <CannedReplyCard key={reply.id} reply={reply} onEdit={() => setEditing({ scope, reply })} onDeleted={() => changed(t("deleted"))} />
                ),
              )}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
