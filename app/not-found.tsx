import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AppFrame } from "@/components/shell/app-frame";
import { ErrorPanel } from "@/components/shell/error-panel";
import { getSessionAgent } from "@/lib/auth/session";
import { loadEnv } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("errors"))("notFoundTitle") };
}

/** An address with nothing at it, inside the app's shell: the bar still leads everywhere. */
export default async function NotFound() {
  const t = await getTranslations("errors");
  const agent = await getSessionAgent();
  return (
    <AppFrame agent={agent && { name: agent.name, role: agent.role }} sandboxMode={loadEnv().sandboxMode}>
      <ErrorPanel title={t("notFoundTitle")} body={t("notFoundBody")} testId="not-found">
        <Link className="text-sm text-accent underline" href="/inbox">
          {t("backToInbox")}
        </Link>
      </ErrorPanel>
    </AppFrame>
  );
}
