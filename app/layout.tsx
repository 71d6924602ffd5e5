import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { SaveBrowserTimeZone } from "@/components/shell/save-browser-time-zone";
import { savedPreferences } from "@/lib/i18n/saved-preferences";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return {
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("tagline"),
    // The files are in public/: the same mark at every size, and the manifest that installs the app.
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
        { url: "/icon.svg", type: "image/svg+xml" },
      ],
      apple: "/apple-touch-icon.png",
    },
    manifest: "/manifest.webmanifest",
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#111318" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, saved] = await Promise.all([getLocale(), savedPreferences()]);
  // proxy.ts puts this request's CSP nonce here; next-themes' inline script needs it to run.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // next-themes sets the theme class before React hydrates; the mismatch is expected.
    <html lang={locale} suppressHydrationWarning>
      <body className="min-h-full antialiased">
        <NextIntlClientProvider>
          <Providers nonce={nonce}>{children}</Providers>
          {saved.signedIn && !saved.timeZone ? <SaveBrowserTimeZone /> : null}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
