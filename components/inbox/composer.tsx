"use client";

import { CheckCheck, Paperclip, SendHorizontal } from "lucide-react";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import type { ConversationDetail } from "@/lib/contract/inbox";
import { issueText } from "@/lib/contract/validation";
import { CannedPicker } from "./canned-picker";
import { useDraft } from "./draft-store";
import { loadSendSchemas, sendSchemasNow } from "./send-schemas-lazy";
import { PLACEHOLDER_ID, type SendRequest } from "./send-store";
import { EMPTY_ATTACHMENT } from "./attachment";
import { useSendCaution } from "./send-caution";
import { TextCounter } from "./text-counter";
import { useCannedPicker } from "./use-canned-picker";

// Loaded when the agent first attaches something: it is the only user of the file schemas.
const AttachForm = dynamic(() => import("./attach-form").then((module) => module.AttachForm), { ssr: false });

interface Props {
  conversationId: number;
  /** `resolve`: "Send and resolve", which resolves the conversation once the send is accepted. */
  onSend: (request: SendRequest, resolve?: boolean) => void;
  /** Why a send should be thought over (e.g. WhatsApp's window closed): said beforehand, and each send asks first. */
  caution?: string | null;
  /** The conversation, for canned replies: their variables and the customer's language. */
  conversation?: ConversationDetail | null;
}

/** Enter sends, Ctrl/Cmd+Enter sends and resolves, Shift+Enter breaks the line; the draft is kept per conversation. */
export function Composer({ conversationId, onSend, caution = null, conversation = null }: Props) {
  const t = useTranslations("inbox.composer");
  const catalog = useTranslations();
  const [text, setText] = useDraft(conversationId);
  const [error, setError] = useState<string | null>(null);
  const [attaching, setAttaching] = useState(false);
  // Kept here, not in the form: leaving the form (Esc, Cancel) and coming back finds what was typed.
  const [attachment, setAttachment] = useState(EMPTY_ATTACHMENT);
  const box = useRef<HTMLDivElement>(null);
  const { guard, notice, withdraw } = useSendCaution(caution);
  const canned = useCannedPicker({ text, setText, conversation });

  useEffect(() => {
    void loadSendSchemas();
  }, []);

  function check(schemas: NonNullable<ReturnType<typeof sendSchemasNow>>, resolve: boolean) {
    const parsed = schemas.sendTextSchema.safeParse({ clientId: PLACEHOLDER_ID, conversationId, text });
    if (!parsed.success) {
      setError(issueText(parsed.error.issues[0], catalog) ?? null);
      return;
    }
    setError(null);
    guard(() => {
      onSend({ kind: "text", text: text.trim() }, resolve);
      setText("");
    });
  }

  function submit(resolve = false) {
    const schemas = sendSchemasNow();
    // Synchronous when the schemas are here, so the bubble shows in the same frame as the key.
    if (schemas) check(schemas, resolve);
    else void loadSendSchemas().then((loaded) => check(loaded, resolve));
  }

  return (
    <div ref={box} className="border-t border-border bg-surface p-3" data-testid="composer">
      {notice}
      {attaching ? (
        <AttachForm
          conversationId={conversationId}
          values={attachment}
          onValuesChange={setAttachment}
          onCancel={() => {
            setAttaching(false);
            box.current?.querySelector<HTMLElement>('[data-testid="attach-toggle"]')?.focus();
          }}
          onSend={(request) =>
            guard(() => {
              onSend(request);
              setAttachment(EMPTY_ATTACHMENT);
              setAttaching(false);
            })
          }
        />
      ) : null}
      <CannedPicker picker={canned.list} />
      <form
        className="flex items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Button
          variant="ghost"
          aria-label={t("attach")}
          title={t("attach")}
          aria-expanded={attaching}
          onClick={() => setAttaching((open) => !open)}
          data-testid="attach-toggle"
        >
          <Paperclip aria-hidden="true" className="h-4 w-4" />
        </Button>
        <Textarea
          {...canned.inputProps}
          value={text}
          rows={Math.min(6, Math.max(2, text.split("\n").length))}
          onChange={(event) => {
            setText(event.target.value);
            withdraw();
            if (error) setError(null);
          }}
          onKeyDown={(event) => {
            // Not while an input method is composing a character: its Enter confirms the character.
            if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
            event.preventDefault();
            submit(event.ctrlKey || event.metaKey);
          }}
          aria-label={t("label")}
          aria-describedby="composer-hint"
          aria-invalid={error ? true : undefined}
          placeholder={t("placeholder")}
          data-testid="composer-input"
        />
        <div className="flex flex-col gap-1">
          <Button type="submit" className="h-8 py-0" aria-label={t("send")} title={t("send")} data-testid="composer-send">
            <SendHorizontal aria-hidden="true" className="h-4 w-4" />
          </Button>
          <Button variant="secondary" className="h-8 py-0" onClick={() => submit(true)} aria-label={t("sendAndResolve")} title={t("sendAndResolveHint")} data-testid="composer-send-resolve">
            <CheckCheck aria-hidden="true" className="h-4 w-4" />
          </Button>
        </div>
      </form>
      <TextCounter length={text.length} />
      <p id="composer-hint" className={error ? "mt-1 text-xs text-danger" : "sr-only"} data-testid="composer-error">
        {error ?? t("hint")}
      </p>
    </div>
  );
}
