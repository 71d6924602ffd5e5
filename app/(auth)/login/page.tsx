import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { PreferencesMenu } from "@/components/shell/preferences-menu";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { DEMO_AGENTS } from "@/lib/auth/demo";
import { getSessionAgent } from "@/lib/auth/session";
import { loadEnv } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  // Only a path of this app is followed after sign-in, never another origin.
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getSessionAgent()) redirect(callbackUrl);
  const t = await getTranslations("app");
  const demo = loadEnv().sandboxMode
    ? DEMO_AGENTS.map(({ email, password, role, displayName }) => ({ email, password, role, name: displayName }))
    : [];
  return (
    <main className="relative flex min-h-screen items-center justify-center bg-surface-muted p-4">
      {/* The browser's language by default; a shared computer's next person can pick theirs. */}
      <div className="absolute right-2 top-2">
        <PreferencesMenu signedIn={false} />
      </div>
      <div className="w-full max-w-sm space-y-6">
        <div className="text-center">
          <p className="text-lg font-semibold">{t("name")}</p>
          <p className="text-sm text-ink-muted">{t("tagline")}</p>
        </div>
        <LoginForm callbackUrl={callbackUrl} demo={demo} signedOut={params.reason === "signed-out"} />
      </div>
    </main>
  );
}
