import type { ReactNode } from "react";
import { SignedInAgentProvider } from "@/components/inbox/signed-in-agent";
import { AppFrame } from "@/components/shell/app-frame";
import { MediaPolicyProvider } from "@/components/shell/media-policy";
import { requirePageAgent } from "@/lib/auth/session";
import { loadEnv } from "@/lib/env";
import { listTeammatesNow } from "@/lib/inbox/team";
import { mediaAllowListNow } from "@/lib/queues/media";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const agent = await requirePageAgent();
  const [mediaHosts, team] = await Promise.all([mediaAllowListNow(), listTeammatesNow()]);
  // Who "me" is in the browser (Mine, Assign to me, whose look clears unread), and their availability.
  const availability = team.find((person) => person.id === agent.id)?.availability ?? "online";
  return (
    <SignedInAgentProvider agent={{ id: agent.id, name: agent.name, role: agent.role, availability }}>
      <AppFrame agent={{ name: agent.name, role: agent.role }} sandboxMode={loadEnv().sandboxMode}>
        {/* Which customer media loads by itself: the supervisors' list, read with each page. */}
        <MediaPolicyProvider hosts={mediaHosts}>{children}</MediaPolicyProvider>
      </AppFrame>
    </SignedInAgentProvider>
  );
}
