import type { ReactNode } from "react";
import { AppHeader } from "@/components/shell/app-header";
import { requirePageAgent } from "@/lib/auth/session";
import { loadEnv } from "@/lib/env";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const agent = await requirePageAgent();
  return (
    <div className="flex min-h-screen flex-col">
      <AppHeader agent={{ name: agent.name, role: agent.role }} sandboxMode={loadEnv().sandboxMode} />
      <main id="main" className="flex-1 bg-surface-muted">
        {children}
      </main>
    </div>
  );
}
