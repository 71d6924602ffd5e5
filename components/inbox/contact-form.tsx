"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { MAX_CONTACT_NOTE, MAX_DISPLAY_NAME, type ContactResponse } from "@/lib/contract/contact";
import { saveContactAction } from "@/lib/inbox/contact-actions";
import { inboxKeys } from "@/lib/query/keys";

interface Props {
  contact: ContactResponse;
  /** Whether the last save succeeded: kept by the parent, since the form starts afresh from the contact it reloads. */
  saved: boolean;
  onSavedChange: (saved: boolean) => void;
}

/** The name the team gives a customer and a note about them; saved for everyone, shown everywhere. */
export function ContactForm({ contact, saved, onSavedChange }: Props) {
  const t = useTranslations("inbox.contact");
  const client = useQueryClient();
  const [name, setName] = useState(contact.displayName ?? "");
  const [note, setNote] = useState(contact.note);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const changed = name.trim() !== (contact.displayName ?? "") || note.trim() !== contact.note;

  async function save() {
    setSaving(true);
    setFailure(null);
    onSavedChange(false);
    const result = await saveContactAction({ conversationId: contact.conversationId, displayName: name, note }).catch(() => null);
    setSaving(false);
    if (!result || !result.ok) {
      // What was typed stays in the fields.
      setFailure(result?.message ?? t("saveFailed"));
      return;
    }
    onSavedChange(true);
    void client.invalidateQueries({ queryKey: inboxKeys.lists() });
    void client.invalidateQueries({ queryKey: inboxKeys.threads() });
  }

  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      data-testid="contact-form"
    >
      <label className="block space-y-1 text-xs font-medium text-ink-muted">
        <span>{t("name")}</span>
        <Input value={name} maxLength={MAX_DISPLAY_NAME} placeholder={t("namePlaceholder")} onChange={(event) => {
            setName(event.target.value);
            onSavedChange(false);
          }} data-testid="contact-name" />
      </label>
      <label className="block space-y-1 text-xs font-medium text-ink-muted">
        <span>{t("note")}</span>
        <Textarea value={note} rows={3} maxLength={MAX_CONTACT_NOTE} placeholder={t("notePlaceholder")} onChange={(event) => {
            setNote(event.target.value);
            onSavedChange(false);
          }} data-testid="contact-note" />
      </label>
      <div className="flex items-center gap-2">
        <Button type="submit" className="h-8 py-0" disabled={saving || !changed} data-testid="contact-save">
          {saving ? t("saving") : t("save")}
        </Button>
        <p role="status" className={failure ? "text-xs text-danger" : "text-xs text-ink-muted"} data-testid="contact-outcome">
          {failure ?? (saved ? t("saved") : null)}
        </p>
      </div>
    </form>
  );
}
