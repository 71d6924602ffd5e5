import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { MainNav } from "./main-nav";
import { SignOutButton } from "./sign-out-button";
import { ThemeSwitch } from "./theme-switch";

export function AppHeader({
  agent,
  sandboxMode,
}: {
  agent: { name: string; role: "agent" | "supervisor" };
  sandboxMode: boolean;
}) {
  const t = useTranslations();
  return (
    <header className="border-b border-border bg-surface">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t("app.skipToContent")}
      </a>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
        <span className="font-semibold">{t("app.name")}</span>
        {sandboxMode ? (
          <Badge tone="warning" title={t("shell.sandboxHint")} data-testid="sandbox-badge">
            {t("shell.sandboxBadge")}
          </Badge>
        ) : null}
        <MainNav isSupervisor={agent.role === "supervisor"} />
        <div className="ml-auto flex items-center gap-3">
          <span className="text-sm" data-testid="current-agent">
            <span className="font-medium">{agent.name}</span>{" "}
            <Badge tone={agent.role === "supervisor" ? "accent" : "neutral"} data-testid="current-role">
              {t(`shell.roles.${agent.role}`)}
            </Badge>
          </span>
          <ThemeSwitch />
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
