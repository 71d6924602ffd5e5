"use client";

import { clsx } from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

export function MainNav({ isSupervisor }: { isSupervisor: boolean }) {
  const t = useTranslations("shell.nav");
  const pathname = usePathname();
  const links = [
    { href: "/inbox", label: t("inbox") },
    ...(isSupervisor
      ? [
          { href: "/supervisor/queues", label: t("queues") },
          { href: "/supervisor/team", label: t("team") },
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
                aria-current={current ? "page" : undefined}
                className={clsx(
                  "block whitespace-nowrap rounded-md px-2 py-1.5 text-sm sm:px-3",
                  current ? "bg-[var(--selected)] font-semibold text-ink shadow-[inset_0_-2px_0_var(--accent)]" : "text-ink-muted hover:bg-surface-muted hover:text-ink",
                )}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
