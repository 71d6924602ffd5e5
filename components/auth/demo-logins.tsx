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
          <li key={login.email} className="space-y-1 rounded-md border border-border p-2 text-xs" data-testid="demo-login">
            <div className="flex items-center justify-between gap-2">
              <strong>{t(login.role)}</strong>
              <Button variant="secondary" className="px-2 py-1 text-xs" onClick={() => onUse(login)}>
                {t("use", { name: t(login.role) })}
              </Button>
            </div>
            {/* Each value on its own line and never broken: a password split across lines misleads. */}
            <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5">
              <dt className="text-ink-muted">{t("email")}</dt>
              <dd className="min-w-0">
                <code className="whitespace-nowrap">{login.email}</code>
              </dd>
              <dt className="text-ink-muted">{t("password")}</dt>
              <dd className="min-w-0">
                <code className="whitespace-nowrap">{login.password}</code>
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
