"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useMediaHosts } from "@/components/shell/media-policy";
import type { ActionResult } from "@/lib/contract/errors";
import { DEFAULT_MEDIA_HOSTS, mediaHostSchema } from "@/lib/contract/media";
import { issueText } from "@/lib/contract/validation";
import { allowMediaHostAction, disallowMediaHostAction, restoreDefaultMediaHostsAction } from "@/lib/queues/media-actions";
import { Section } from "./section";

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((host, i) => host === b[i]);

/**
 * The hosts whose customer media loads by itself in the agents' browsers. A host is checked
 * in the browser with the server's own schema (same sentences), then saved by an action.
 */
export function MediaHostsSettings() {
  const t = useTranslations("queues.media");
  const catalog = useTranslations();
  const saved = useMediaHosts();
  const id = useId();
  const [hosts, setHosts] = useState<readonly string[]>(saved);
  const [shown, setShown] = useState(saved);
  // A newer list from the server (after another supervisor's change) replaces ours.
  if (!sameList(shown, saved)) {
    setShown(saved);
    setHosts(saved);
  }
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();

  function run(action: () => Promise<ActionResult<{ hosts: string[] }>>, after?: () => void) {
    setError(null);
    setDone(false);
    startTransition(async () => {
      const result = await action();
      if (!result.ok) return setError(result.message);
      setHosts(result.data.hosts);
      setDone(true);
      after?.();
    });
  }

  function add(event: FormEvent) {
    event.preventDefault();
    const parsed = mediaHostSchema.safeParse(text);
    if (!parsed.success) {
      setDone(false);
      return setError(issueText(parsed.error.issues[0], catalog) ?? t("invalid"));
    }
    run(() => allowMediaHostAction({ host: parsed.data }), () => setText(""));
  }

  return (
    <Section id="media" title={t("title")} description={t("description")} testId="media-hosts">
      {hosts.length === 0 ? (
        <p className="text-sm text-ink-muted">{t("empty")}</p>
      ) : (
        <ul className="flex flex-wrap gap-2" aria-label={t("listLabel")} data-testid="media-host-list">
          {hosts.map((host) => (
            <li key={host} className="flex max-w-full items-center gap-1 rounded-full border border-border bg-surface-muted py-0.5 pl-3 pr-1 text-sm" data-testid="media-host">
              <span className="min-w-0 break-all">{host}</span>
              {DEFAULT_MEDIA_HOSTS.includes(host) ? <span className="text-xs text-ink-muted">{t("default")}</span> : null}
              <button
                type="button"
                disabled={pending}
                onClick={() => run(() => disallowMediaHostAction({ host }))}
                className="rounded-full p-1 text-ink-muted hover:bg-surface hover:text-ink disabled:opacity-60"
                aria-label={t("remove", { host })}
                title={t("remove", { host })}
              >
                <X aria-hidden="true" className="h-3.5 w-3.5" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate className="mt-3 flex flex-wrap items-end gap-2" data-testid="media-host-form">
        <label htmlFor={`${id}-host`} className="block w-64 max-w-full text-xs font-medium">
          {t("hostLabel")}
          <Input
            id={`${id}-host`}
            className="mt-1"
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder={t("hostPlaceholder")}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
        </label>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("add")}
        </Button>
        {sameList(hosts, DEFAULT_MEDIA_HOSTS) ? null : (
          <Button variant="ghost" disabled={pending} onClick={() => run(() => restoreDefaultMediaHostsAction({}))}>
            {t("restore")}
          </Button>
        )}
        <p aria-live="polite" className="basis-full text-sm empty:hidden">
          {error ? (
            <span id={`${id}-error`} className="text-danger" data-testid="media-host-error">
              {error}
            </span>
          ) : done && !pending ? (
            <span className="text-success">{t("saved")}</span>
          ) : null}
        </p>
      </form>
    </Section>
  );
}
