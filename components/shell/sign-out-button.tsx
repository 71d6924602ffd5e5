"use client";

import { LogOut } from "lucide-react";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const t = useTranslations("shell");
  return (
    <Button variant="secondary" onClick={() => signOut({ callbackUrl: "/login" })}>
      <LogOut aria-hidden="true" className="h-4 w-4" />
      {t("signOut")}
    </Button>
  );
}
