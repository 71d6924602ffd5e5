"use client";

import { MailOpen } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Menu, MenuItem } from "@/components/ui/menu";

/** The conversation's menu; its own module so that the menu library loads with the thread. */
export function ThreadMenu({ trigger, onMarkUnread }: { trigger: ReactNode; onMarkUnread: () => void }) {
  const t = useTranslations("inbox.thread");
  return (
    <Menu trigger={trigger}>
      <MenuItem onSelect={onMarkUnread} testId="mark-unread">
        <MailOpen aria-hidden="true" className="h-4 w-4" />
        {t("markUnread")}
      </MenuItem>
    </Menu>
  );
}
