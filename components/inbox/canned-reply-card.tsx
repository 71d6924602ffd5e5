"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { CANNED_LANGUAGES, type CannedReply } from "@/lib/contract/canned";
import { deleteCannedReplyAction } from "@/lib/inbox/canned-actions";

/** One canned reply on the page: its name, text (as text only) and translations; edit and delete for whoever may change it. */
export function CannedReplyCard({ reply, onEdit, onDeleted }: { reply: CannedReply; onEdit: () => void; onDeleted: () => void }) {
  const t = useTranslations("canned");
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const languages = CANNED_LANGUAGES.filter((language) => reply.translations[language]);

  async function remove() {
    setDeleting(true);
    setError(null);
    const result = await deleteCannedReplyAction({ replyId: reply.id }).catch(() => null);
    setDeleting(false);
    if (!result?.ok) return setError(result?.message ?? t("deleteFailed"));
    setConfirming(false);
    onDeleted();
  }

  return (
    <li className="space-y-1 rounded-lg border border-border bg-surface p-3" data-testid="canned-reply" data-name={reply.name}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-medium" data-testid="canned-reply-name">{`/${reply.name}`}</p>
        {reply.editable ? (
          <div className="flex gap-2">
            <Button variant="secondary" className="h-8 py-0" onClick={onEdit} aria-label={t("editLabel", { name: reply.name })} data-testid="canned-edit">
              {t("edit")}
            </Button>
            <Button variant="danger" className="h-8 py-0" onClick={() => setConfirming(true)} aria-label={t("deleteLabel", { name: reply.name })} data-testid="canned-delete">
              {t("delete")}
            </Button>
          </div>
        ) : null}
      </div>
      <p className="whitespace-pre-wrap break-words text-sm" data-testid="canned-reply-text">{reply.text}</p>
      {languages.length > 0 ? (
        <p className="text-xs text-ink-muted">{t("translated", { languages: languages.map((language) => t(`languages.${language}`)).join(", ") })}</p>
      ) : null}
      <Dialog open={confirming} onOpenChange={setConfirming} title={t("confirmTitle", { name: reply.name })} description={t("confirmBody")} closeLabel={t("close")} testId="canned-confirm">
        {error ? (
          <p className="mb-3 text-sm text-danger" role="alert" data-testid="canned-delete-error">
            {error}
          </p>
        ) : null}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t("cancel")}
          </Button>
          <Button variant="danger" disabled={deleting} onClick={() => void remove()} data-testid="canned-confirm-delete">
            {t("delete")}
          </Button>
        </div>
      </Dialog>
    </li>
  );
}
