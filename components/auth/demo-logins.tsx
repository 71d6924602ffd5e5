"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export interface DemoLogin {
  email: string;
  password: string;
  role: "agent" | "supervisor";
  name: string;
}

/** Shown in sandbox mode only: the demo sign-ins, with a button that fills the form. */
export function DemoLogins({ logins, onUse }: { logins: DemoLogin[]; onUse: (login: DemoLogin) => void }) {
  const t = useTranslations("login.demo");
  return (
    <section aria-labelledby="demo-logins-title" className="space-y-2 border-t border-border pt-4" data-testid="demo-logins">
      <h2 id="demo-logins-title" className="text-sm font-semibold">{t("title")}</h2>
      <p className="text-xs text-ink-muted">{t("note")}</p>
      <ul className="space-y-2">
        {logins.map((login) => (
          <li key={login.email} className="flex items-center justify-between gap-2 text-xs">
            <span>
              <strong>{t(login.role)}</strong>: <code>{login.email}</code> / <code>{login.password}</code>
            </span>
            <Button variant="secondary" className="px-2 py-1 text-xs" onClick={() => onUse(login)}>
              {t("use", { name: t(login.role) })}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
