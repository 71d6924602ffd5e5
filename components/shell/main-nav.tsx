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
    <nav aria-label={t("label")}>
      <ul className="flex gap-1">
        {links.map((link) => {
          const current = pathname === link.href || pathname.startsWith(`${link.href}/`);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                className={clsx(
                  "rounded-md px-3 py-1.5 text-sm",
                  current ? "bg-surface-muted font-semibold text-ink" : "text-ink-muted hover:text-ink",
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
