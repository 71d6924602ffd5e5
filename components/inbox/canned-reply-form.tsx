"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { CANNED_LANGUAGES, createCannedReplySchema, MAX_CANNED_NAME, MAX_CANNED_TEXT, type CannedLanguage, type CannedReply, type CannedScope } from "@/lib/contract/canned";
import { VARIABLE_SAMPLES } from "@/lib/contract/canned-variables";
import { issueText } from "@/lib/contract/validation";
import { createCannedReplyAction, updateCannedReplyAction } from "@/lib/inbox/canned-actions";

type Field = "name" | "text" | CannedLanguage | "form";
type Problems = Partial<Record<Field, string>>;

interface Props {
  scope: CannedScope;
  /** The reply being changed; a new one when absent. */
  reply?: CannedReply;
  onDone: () => void;
  onCancel: () => void;
}

/** A canned reply's name, text and translations (folded away until wanted), checked as the server checks them. */
export function CannedReplyForm({ scope, reply, onDone, onCancel }: Props) {
  const t = useTranslations("canned.form");
  const tCanned = useTranslations("canned");
  const catalog = useTranslations();
  const id = useId();
  const [name, setName] = useState(reply?.name ?? "");
  const [text, setText] = useState(reply?.text ?? "");
  const [translations, setTranslations] = useState<Record<CannedLanguage, string>>({ en: "", es: "", pt: "", pl: "", ...reply?.translations });
  const [showTranslations, setShowTranslations] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [saving, setSaving] = useState(false);

  function fail(found: Problems) {
    setProblems(found);
    if (CANNED_LANGUAGES.some((language) => found[language])) setShowTranslations(true);
  }

  async function save() {
    const checked = createCannedReplySchema.safeParse({ scope, name, text, translations });
    if (!checked.success) {
      const found: Problems = {};
      for (const issue of checked.error.issues) {
        const field = (issue.path[0] === "translations" ? issue.path[1] : issue.path[0]) as Field;
        found[field] ??= issueText(issue, catalog);
      }
      return fail(found);
    }
    setSaving(true);
    const { scope: _scope, ...fields } = checked.data;
    const result = await (reply ? updateCannedReplyAction({ replyId: reply.id, ...fields }) : createCannedReplyAction(checked.data)).catch(() => null);
    setSaving(false);
    if (!result) return fail({ form: t("failed") });
    if (!result.ok) return fail(result.code === "conflict" ? { name: result.message } : { form: result.message });
    onDone();
  }

  const describedBy = (field: Field, hint?: string) => [hint, problems[field] ? `${id}-${field}-problem` : null].filter(Boolean).join(" ") || undefined;
  const problem = (field: Field) =>
    problems[field] ? (
      <p id={`${id}-${field}-problem`} className="text-xs text-danger" data-testid={`canned-problem-${field}`}>
        {problems[field]}
      </p>
    ) : null;

  return (
    <form
      className="space-y-3 rounded-lg border border-border bg-surface p-3"
      aria-label={reply ? t("editTitle", { name: reply.name }) : scope === "team" ? t("newTeam") : t("newMine")}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      data-testid="canned-form"
    >
      <label className="block space-y-1 text-sm font-medium">
        <span>{t("name")}</span>
        <Input value={name} maxLength={MAX_CANNED_NAME} autoComplete="off" spellCheck={false} aria-invalid={problems.name ? true : undefined} aria-describedby={describedBy("name", `${id}-name-hint`)} onChange={(event) => setName(event.target.value)} data-testid="canned-name" />
        <span id={`${id}-name-hint`} className="block text-xs font-normal text-ink-muted">{t("nameHint")}</span>
      </label>
      {problem("name")}
      <label className="block space-y-1 text-sm font-medium">
        <span>{t("text")}</span>
        <Textarea value={text} rows={4} maxLength={MAX_CANNED_TEXT} aria-invalid={problems.text ? true : undefined} aria-describedby={describedBy("text", `${id}-text-hint`)} onChange={(event) => setText(event.target.value)} data-testid="canned-text" />
        <span id={`${id}-text-hint`} className="block text-xs font-normal text-ink-muted">{t("textHint", VARIABLE_SAMPLES)}</span>
      </label>
      {problem("text")}
      <details open={showTranslations} onToggle={(event) => setShowTranslations(event.currentTarget.open)} className="space-y-2">
        <summary className="cursor-pointer text-sm font-medium" data-testid="canned-translations-toggle">{t("translations")}</summary>
        <p className="text-xs text-ink-muted">{t("translationsHint")}</p>
        {CANNED_LANGUAGES.map((language) => (
          <div key={language} className="space-y-1">
            <label className="block space-y-1 text-sm font-medium">
              <span>{tCanned(`languages.${language}`)}</span>
              <Textarea value={translations[language]} rows={2} maxLength={MAX_CANNED_TEXT} lang={language} aria-invalid={problems[language] ? true : undefined} aria-describedby={describedBy(language)} onChange={(event) => setTranslations((all) => ({ ...all, [language]: event.target.value }))} data-testid={`canned-translation-${language}`} />
            </label>
            {problem(language)}
          </div>
        ))}
      </details>
      <div role="alert" className="text-sm text-danger" data-testid="canned-form-error">{problems.form ?? null}</div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={saving} data-testid="canned-save">
          {saving ? t("saving") : t("save")}
        </Button>
        <Button variant="secondary" onClick={onCancel} data-testid="canned-cancel">
          {tCanned("cancel")}
        </Button>
      </div>
    </form>
  );
}
