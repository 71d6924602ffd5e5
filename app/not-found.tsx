import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto max-w-md space-y-3 p-8">
      <h1 className="text-xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="text-sm text-ink-muted">{t("notFoundBody")}</p>
      <Link className="text-sm text-accent underline" href="/inbox">{t("backToInbox")}</Link>
    </main>
  );
}
