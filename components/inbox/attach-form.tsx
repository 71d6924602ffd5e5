"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { fileTypes, isAbsoluteHttpUrl } from "@/lib/contract/afilnet";
import { sendFileSchema } from "@/lib/contract/send";
import { issueText } from "@/lib/contract/validation";
import type { AttachmentDraft } from "./attachment";
import { MessageFile } from "./message-file";
import { PLACEHOLDER_ID, type SendRequest } from "./send-store";

type Field = "type" | "fileUrl" | "thumbUrl" | "caption";

interface Props {
  conversationId: number;
  /** The form's values live with the composer, so that Esc or Cancel and reopening keeps them. */
  values: AttachmentDraft;
  onValuesChange: (update: (current: AttachmentDraft) => AttachmentDraft) => void;
  onSend: (request: SendRequest) => void;
  /** Esc or Cancel: the form closes, its values kept. */
  onCancel: () => void;
}

/**
 * "Attach by URL": checked with the server's own schema, so the browser refuses a bad address
 * with the sentence the server would give, and nothing is sent.
 */
export function AttachForm({ conversationId, values, onValuesChange, onSend, onCancel }: Props) {
  const t = useTranslations("inbox.attach");
  const tf = useTranslations("inbox.files");
  const catalog = useTranslations();
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const set = (field: Field) => (event: { target: { value: string } }) => {
    onValuesChange((current) => ({ ...current, [field]: event.target.value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };
  const previewable = isAbsoluteHttpUrl(values.fileUrl.trim());

  function submit() {
    const parsed = sendFileSchema.safeParse({ clientId: PLACEHOLDER_ID, conversationId, ...values, caption: values.caption || undefined });
    if (!parsed.success) {
      const found: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        found[field] ??= issueText(issue, catalog);
      }
      setErrors(found);
      return;
    }
    const { type, fileUrl, thumbUrl, caption } = parsed.data;
    onSend({ kind: "file", type, fileUrl, thumbUrl, caption });
  }

  const field = (name: Field, label: string, input: ReactNode) => (
    <label className="block text-xs font-medium">
      {label}
      {input}
      {errors[name] ? (
        <span id={`attach-${name}-error`} className="mt-1 block font-normal text-danger" data-testid={`attach-${name}-error`}>
          {errors[name]}
        </span>
      ) : null}
    </label>
  );
  const describe = (name: Field) => ({ "aria-invalid": errors[name] ? true : undefined, "aria-describedby": errors[name] ? `attach-${name}-error` : undefined });

  return (
    <form
      className="mb-3 space-y-2 rounded-md border border-border bg-surface-muted p-3"
      aria-label={t("title")}
      data-testid="attach-form"
      noValidate
      onKeyDown={(event) => {
        // Esc leaves the form, not the conversation (the inbox's own Esc closes the thread).
        if (event.key !== "Escape") return;
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="grid gap-2 sm:grid-cols-[10rem_1fr]">
        {field("type", t("type"), (
          <select value={values.type} onChange={set("type")} className="mt-1 w-full rounded-md border border-border bg-surface-raised px-2 py-2 text-sm text-ink" data-testid="attach-type" {...describe("type")}>
            {fileTypes.map((type) => <option key={type} value={type}>{tf(type)}</option>)}
          </select>
        ))}
        {field("fileUrl", t("fileUrl"), <Input className="mt-1" type="url" value={values.fileUrl} onChange={set("fileUrl")} placeholder={t("fileUrlPlaceholder")} data-testid="attach-file-url" {...describe("fileUrl")} />)}
      </div>
      {field("thumbUrl", t("thumbUrl"), <Input className="mt-1" type="url" value={values.thumbUrl} onChange={set("thumbUrl")} placeholder={t("optional")} data-testid="attach-thumb-url" {...describe("thumbUrl")} />)}
      {field("caption", t("caption"), <Input className="mt-1" value={values.caption} onChange={set("caption")} placeholder={t("optional")} maxLength={1100} data-testid="attach-caption" {...describe("caption")} />)}
      {previewable ? (
        <div className="rounded-md border border-dashed border-border bg-surface p-2" data-testid="attach-preview">
          <p className="mb-1 text-xs text-ink-muted">{t("preview")}</p>
          <MessageFile file={{ type: values.type, url: values.fileUrl.trim(), thumbUrl: values.thumbUrl.trim() || null }} caption={values.caption} />
          {values.caption ? <p className="mt-1 text-sm">{values.caption}</p> : null}
        </div>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={onCancel}>{t("cancel")}</Button>
        <Button type="submit" data-testid="attach-send">{t("send")}</Button>
      </div>
    </form>
  );
}
