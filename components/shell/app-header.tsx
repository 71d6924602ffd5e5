import { CircleUserRound, FlaskConical } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { AppMark } from "./app-mark";
import { AvailabilityControl } from "./availability-control";
import { MainNav } from "./main-nav";
import { PreferencesMenu } from "./preferences-menu";
import { SignOutButton } from "./sign-out-button";
import { ThemeSwitch } from "./theme-switch";

/**
 * The app's bar: one compact row on every screen. On a phone the agent's name and sign-out
 * move into a panel behind the account button (a native popover: no script, Esc and a click
 * outside close it), so the row leaves the height to the work.
 */
export function AppHeader({
  agent,
  sandboxMode,
}: {
  agent: { name: string; role: "agent" | "supervisor" };
  sandboxMode: boolean;
}) {
  const t = useTranslations();
  const role = t(`shell.roles.${agent.role}`);
  return (
    <header className="border-b border-border bg-surface" data-testid="app-header">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:z-50 focus:bg-surface focus:p-2">
        {t("app.skipToContent")}
      </a>
      <div className="flex h-12 items-center gap-1.5 px-2 sm:gap-4 sm:px-4">
        <Link href="/inbox" className="flex shrink-0 items-center gap-2 rounded-md font-semibold" aria-label={t("app.name")}>
          <AppMark className="h-7 w-7" />
          <span className="hidden md:inline">{t("app.name")}</span>
        </Link>
        {sandboxMode ? (
          <Badge tone="warning" title={t("shell.sandboxHint")} className="shrink-0 gap-1" data-testid="sandbox-badge">
            <FlaskConical aria-hidden="true" className="h-3.5 w-3.5 sm:hidden" />
            <span className="sr-only sm:not-sr-only">{t("shell.sandboxBadge")}</span>
          </Badge>
        ) : null}
        <MainNav isSupervisor={agent.role === "supervisor"} />
        <div className="ml-auto flex shrink-0 items-center gap-1 sm:gap-3">
          <span className="hidden items-center gap-1 text-sm sm:flex" data-testid="current-agent">
            <span className="max-w-40 truncate font-medium">{agent.name}</span>
            <Badge tone={agent.role === "supervisor" ? "accent" : "neutral"} data-testid="current-role">
              {role}
            </Badge>
          </span>
          <AvailabilityControl className="hidden sm:flex" />
          <PreferencesMenu />
          <ThemeSwitch />
          <span className="hidden sm:inline-flex">
            <SignOutButton />
          </span>
          <button
            type="button"
            popoverTarget="account-panel"
            className="inline-flex h-9 w-9 items-center justify-center rounded-md text-ink hover:bg-surface-muted sm:hidden"
            aria-label={t("shell.account", { name: agent.name, role })}
            title={t("shell.account", { name: agent.name, role })}
            data-testid="account-button"
          >
            <CircleUserRound aria-hidden="true" className="h-5 w-5" />
          </button>
          <div
            id="account-panel"
            popover="auto"
            className="fixed inset-auto right-2 top-12 m-0 w-64 max-w-[calc(100vw-1rem)] space-y-3 rounded-md border border-border bg-surface-raised p-3 text-ink shadow-lg"
            data-testid="account-panel"
          >
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-medium">{agent.name}</span>
              <Badge tone={agent.role === "supervisor" ? "accent" : "neutral"}>{role}</Badge>
            </p>
            <AvailabilityControl />
            <SignOutButton />
          </div>
        </div>
      </div>
    </header>
  );
}
