"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import { Dialog } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";
import { inboxQueries } from "@/lib/query/inbox-queries";
import { ContactForm } from "./contact-form";
import { formatDestination } from "./format";
import { PlatformIcon } from "./platform-icon";
import { useLocalFormat } from "./use-clock";

const WIDE = "(min-width: 1280px)";
function subscribeWide(listener: () => void) {
  const query = window.matchMedia(WIDE);
  query.addEventListener("change", listener);
  return () => query.removeEventListener("change", listener);
}

const OPEN_KEY = "inbox.contactPanel";
const openListeners = new Set<() => void>();

/** Whether the agent keeps the contact panel open: remembered in this browser, closed by default. */
export function useContactPanelOpen(): [boolean, (open: boolean) => void] {
  const open = useSyncExternalStore(
    (listener) => {
      openListeners.add(listener);
      return () => openListeners.delete(listener);
    },
    () => window.localStorage.getItem(OPEN_KEY) === "open",
    () => false,
  );
  const setOpen = (next: boolean) => {
    try {
      window.localStorage.setItem(OPEN_KEY, next ? "open" : "closed");
    } catch {
      // Not remembered; the listeners below still read the old value, so nothing changes.
    }
    for (const listener of openListeners) listener();
  };
  return [open, setOpen];
}

interface Props {
  conversationId: number;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onOpenConversation: (id: number) => void;
}

/** Who the customer is, beside the thread on a wide screen and as a sheet over it elsewhere. */
export function ContactPanel({ conversationId, open, onOpenChange, onOpenConversation }: Props) {
  const t = useTranslations("inbox.contact");
  const wide = useSyncExternalStore(subscribeWide, () => window.matchMedia(WIDE).matches, () => true);
  if (!open) return null;
  const body = <ContactBody conversationId={conversationId} onOpenConversation={onOpenConversation} />;
  if (!wide) {
    return (
      <Dialog open onOpenChange={onOpenChange} title={t("title")} closeLabel={t("close")} testId="contact-panel">
        {body}
      </Dialog>
    );
  }
  return (
    <aside aria-label={t("title")} className="w-72 shrink-0 overflow-y-auto border-l border-border bg-surface p-4" data-testid="contact-panel">
      <h2 className="mb-3 text-sm font-semibold">{t("title")}</h2>
      {body}
    </aside>
  );
}

function ContactBody({ conversationId, onOpenConversation }: { conversationId: number; onOpenConversation: (id: number) => void }) {
  const t = useTranslations("inbox.contact");
  const tp = useTranslations("inbox.platforms");
  const format = useLocalFormat();
  const contact = useQuery(inboxQueries.contact(conversationId));
  // Which conversation's contact was just saved: the form remounts from the reloaded contact.
  const [savedFor, setSavedFor] = useState<number | null>(null);
  if (contact.isPending) return <p className="text-sm text-ink-muted" role="status">{t("loading")}</p>;
  if (!contact.data) return <Notice tone="error">{t("loadFailed")}</Notice>;
  const data = contact.data;
  const platform = (name: string) => (tp.has(name) ? tp(name) : name);
  return (
    <div className="space-y-4 text-sm">
      <ContactForm
        key={`${data.displayName}|${data.note}`}
        contact={data}
        saved={savedFor === conversationId}
        onSavedChange={(saved) => setSavedFor(saved ? conversationId : null)}
      />
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-xs">
        <dt className="text-ink-muted">{t("destination")}</dt>
        <dd className="break-all" data-testid="contact-destination">{formatDestination(data.platform, data.destination)}</dd>
        <dt className="text-ink-muted">{t("channel")}</dt>
        <dd className="flex items-center gap-1">
          <PlatformIcon platform={data.platform} className="h-3 w-3 shrink-0" />
          <span>{platform(data.platform)} · {data.channelName}</span>
        </dd>
        <dt className="text-ink-muted">{t("firstMessage")}</dt>
        <dd>{data.firstMessageAt ? format.dateTime(data.firstMessageAt) : t("never")}</dd>
        <dt className="text-ink-muted">{t("lastMessage")}</dt>
        <dd>{data.lastMessageAt ? format.dateTime(data.lastMessageAt) : t("never")}</dd>
        {data.updatedBy && data.updatedAt ? (
          <>
            <dt className="text-ink-muted">{t("updated")}</dt>
            <dd>{t("updatedBy", { name: data.updatedBy, when: format.dateTime(data.updatedAt) })}</dd>
          </>
        ) : null}
      </dl>
      <section>
        <h3 className="mb-1 text-xs font-semibold text-ink-muted">{t("otherChats")}</h3>
        {data.otherChats.length === 0 ? (
          <p className="text-xs text-ink-muted">{t("noOtherChats")}</p>
        ) : (
          <ul className="space-y-1" data-testid="contact-other-chats">
            {data.otherChats.map((chat) => (
              <li key={chat.conversationId}>
                <button type="button" className="flex w-full items-center gap-1.5 rounded-md px-1 py-1 text-left text-xs hover:bg-surface-muted" onClick={() => onOpenConversation(chat.conversationId)}>
                  <PlatformIcon platform={chat.platform} className="h-3 w-3 shrink-0" />
                  <span className="min-w-0 flex-1 truncate">{platform(chat.platform)} · {chat.channelName}</span>
                  {chat.lastMessageAt ? <span className="shrink-0 text-ink-muted">{format.dateTime(chat.lastMessageAt)}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
