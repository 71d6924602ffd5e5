"use client";

import { useFormatter, useTranslations } from "next-intl";

function retryTime(code: string, prefix: string): Date | undefined {
  const at = new Date(code.slice(prefix.length));
  return Number.isNaN(at.getTime()) ? undefined : at;
}

/** Turns the code next-auth hands back into a sentence; unknown codes get a generic one. */
export function useSignInError() {
  const t = useTranslations("login.errors");
  const format = useFormatter();
  return (code: string | null | undefined): string => {
    if (!code) return t("unknown");
    if (code.startsWith("throttled:")) {
      const retryAt = retryTime(code, "throttled:");
      if (!retryAt) return t("unknown");
      const minutes = Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 60_000));
      const time = format.dateTime(retryAt, { hour: "2-digit", minute: "2-digit", timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
      return t("throttled", { minutes, time });
    }
    if (code.startsWith("slowed:")) {
      const retryAt = retryTime(code, "slowed:");
      if (!retryAt) return t("unknown");
      return t("slowed", { seconds: Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 1000)) });
    }
    if (code === "invalid_credentials" || code === "CredentialsSignin") return t("invalid_credentials");
    if (code === "deactivated") return t("deactivated");
    return t("unknown");
  };
}
