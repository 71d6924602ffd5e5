"use client";

import { clsx } from "clsx";
import { Gauge, History, Inbox, MessageSquareText, Users } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

/** The app's sections; on a phone each is its icon (its name stays for assistive technology and as a tooltip). */
export function MainNav({ isSupervisor }: { isSupervisor: boolean }) {
  const t = useTranslations("shell.nav");
  const pathname = usePathname();
  const links = [
    { href: "/inbox", label: t("inbox"), Icon: Inbox },
    { href: "/canned-replies", label: t("cannedReplies"), Icon: MessageSquareText },
    ...(isSupervisor
      ? [
          { href: "/supervisor/queues", label: t("queues"), Icon: Gauge },
          { href: "/supervisor/team", label: t("team"), Icon: Users },
          { href: "/supervisor/activity", label: t("activity"), Icon: History },
        ]
      : []),
  ];
  return (
    <nav aria-label={t("label")} className="min-w-0">
      <ul className="flex gap-0.5 sm:gap-1">
        {links.map((link) => {
          const current = pathname === link.href || pathname.startsWith(`${link.href}/`);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                title={link.label}
                aria-current={current ? "page" : undefined}
                className={clsx(
                  "flex items-center whitespace-nowrap rounded-md px-1.5 py-2 text-sm sm:block sm:px-3 sm:py-1.5",
                  current ? "bg-[var(--selected)] font-semibold text-ink shadow-[inset_0_-2px_0_var(--accent)]" : "text-ink-muted hover:bg-surface-muted hover:text-ink",
                )}
              >
                <link.Icon aria-hidden="true" className="h-4 w-4 sm:hidden" />
                <span className="sr-only sm:not-sr-only">{link.label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
