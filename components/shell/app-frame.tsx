import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { AppHeader } from "./app-header";
import { AppMark } from "./app-mark";

type Agent = { name: string; role: "agent" | "supervisor" };

/**
 * The app's shell: its bar and the main area. Pages of the dashboard, and the 404 page of a
 * signed-in agent, sit inside it; without a session (`agent` null) the bar shows only the app's
 * name and the way to sign in.
 */
export function AppFrame({ agent, sandboxMode, children }: { agent: Agent | null; sandboxMode: boolean; children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      {agent ? <AppHeader agent={agent} sandboxMode={sandboxMode} /> : <PublicHeader />}
      <main id="main" className="flex-1 bg-surface-muted">
        {children}
      </main>
    </div>
  );
}

/** The bar for a page seen without a session: the app's name, and sign-in. */
export function PublicHeader() {
  const t = useTranslations();
  return (
    <header className="border-b border-border bg-surface" data-testid="app-header">
      <div className="flex h-12 items-center gap-2 px-2 sm:px-4">
        <Link href="/inbox" className="flex items-center gap-2 rounded-md font-semibold">
          <AppMark className="h-7 w-7" />
          {t("app.name")}
        </Link>
        <Link href="/login" className="ml-auto rounded-md px-3 py-1.5 text-sm text-accent underline">
          {t("login.title")}
        </Link>
      </div>
    </header>
  );
}
