import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto max-w-md space-y-3 p-8" data-testid="forbidden">
      <h1 className="text-xl font-semibold">{t("forbiddenTitle")}</h1>
      <p className="text-sm text-ink-muted">{t("forbiddenBody")}</p>
      <Link className="text-sm text-accent underline" href="/inbox">{t("backToInbox")}</Link>
    </main>
  );
}
