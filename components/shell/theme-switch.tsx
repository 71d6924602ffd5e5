"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useTranslations } from "next-intl";
import { useTheme } from "next-themes";
import { useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

const ORDER = ["system", "light", "dark"] as const;
type ThemeChoice = (typeof ORDER)[number];
const ICONS = { system: Monitor, light: Sun, dark: Moon } as const;

const subscribeNothing = () => () => undefined;

/** Cycles system -> light -> dark. The choice is remembered by next-themes in localStorage. */
export function ThemeSwitch() {
  const t = useTranslations("theme");
  const { theme, setTheme } = useTheme();
  // The stored theme is only known in the browser; render the neutral choice until then.
  const mounted = useSyncExternalStore(subscribeNothing, () => true, () => false);
  const current: ThemeChoice = mounted && ORDER.includes(theme as ThemeChoice) ? (theme as ThemeChoice) : "system";
  const next = ORDER[(ORDER.indexOf(current) + 1) % ORDER.length] as ThemeChoice;
  const Icon = ICONS[current];
  const label = t("switchTo", { current: t(current), next: t(next) });
  return (
    <Button variant="ghost" aria-label={label} title={label} onClick={() => setTheme(next)} data-testid="theme-switch" data-theme-choice={current}>
      <Icon aria-hidden="true" className="h-4 w-4" />
    </Button>
  );
}
