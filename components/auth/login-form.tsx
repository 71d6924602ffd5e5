"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { DemoLogins, type DemoLogin } from "./demo-logins";
import { useSignInError } from "./use-sign-in-error";

export function LoginForm({ callbackUrl, demo, signedOut }: { callbackUrl: string; demo: DemoLogin[]; signedOut: boolean }) {
  const t = useTranslations("login");
  const router = useRouter();
  const describe = useSignInError();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    }).catch(() => undefined);
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    // The password is cleared, never kept or shown again.
    if (passwordRef.current) passwordRef.current.value = "";
    setError(describe(result?.error));
    passwordRef.current?.focus();
  }

  function fill(login: DemoLogin) {
    if (emailRef.current) emailRef.current.value = login.email;
    if (passwordRef.current) passwordRef.current.value = login.password;
  }

  return (
    <div className="space-y-4 rounded-lg border border-border bg-surface p-6 shadow-sm">
      <div>
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-ink-muted">{t("subtitle")}</p>
      </div>
      {signedOut && !error ? <Notice testId="signed-out-notice">{t("signedOut")}</Notice> : null}
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <div className="space-y-1">
          <label htmlFor="email" className="text-sm font-medium">{t("email")}</label>
          <Input ref={emailRef} id="email" name="email" type="email" autoComplete="username" required autoFocus />
        </div>
        <div className="space-y-1">
          <label htmlFor="password" className="text-sm font-medium">{t("password")}</label>
          <Input ref={passwordRef} id="password" name="password" type="password" autoComplete="current-password" required />
        </div>
        {error ? (
          <Notice tone="error" live testId="sign-in-error">
            {error}
          </Notice>
        ) : null}
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </form>
      {demo.length > 0 ? <DemoLogins logins={demo} onUse={fill} /> : null}
    </div>
  );
}
