"use client";

import { Hourglass, Mail, MailOpen } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Menu, MenuItem } from "@/components/ui/menu";

interface Props {
  trigger: ReactNode;
  onMarkRead: () => void;
  onMarkUnread: () => void;
  /** Absent when the conversation already waits on the customer. */
  onMarkPending?: () => void;
}

/** The conversation's menu; its own module so that the menu library loads with the thread. */
export function ThreadMenu({ trigger, onMarkRead, onMarkUnread, onMarkPending }: Props) {
  const t = useTranslations("inbox.thread");
  return (
    <Menu trigger={trigger}>
      <MenuItem onSelect={onMarkRead} testId="mark-read">
        <Mail aria-hidden="true" className="h-4 w-4" />
        {t("markRead")}
      </MenuItem>
      <MenuItem onSelect={onMarkUnread} testId="mark-unread">
        <MailOpen aria-hidden="true" className="h-4 w-4" />
        {t("markUnread")}
      </MenuItem>
      {onMarkPending ? (
        <MenuItem onSelect={onMarkPending} testId="mark-pending">
          <Hourglass aria-hidden="true" className="h-4 w-4" />
          {t("markPending")}
        </MenuItem>
      ) : null}
    </Menu>
  );
}
