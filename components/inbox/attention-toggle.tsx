"use client";

import { Bell, BellOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** The one place that asks for notification permission: a click, never on load. */
export function AttentionToggle({ enabled, enable, disable }: { enabled: boolean; enable: () => Promise<void>; disable: () => void }) {
  const t = useTranslations("attention");
  const [blocked, setBlocked] = useState(false);
  // A toggle keeps one name; aria-pressed says whether it is on.
  const label = t("label");
  return (
    <Button
      variant="ghost"
      className="px-2"
      aria-pressed={enabled}
      aria-label={label}
      title={blocked ? t("blocked") : enabled ? t("turnOff") : t("turnOn")}
      data-testid="alerts-toggle"
      onClick={async () => {
        if (enabled) return disable();
        await enable();
        setBlocked("Notification" in window && Notification.permission === "denied");
      }}
    >
      {enabled ? <Bell aria-hidden="true" className="h-4 w-4" /> : <BellOff aria-hidden="true" className="h-4 w-4" />}
      <span className="hidden text-xs lg:inline">{enabled ? t("on") : t("off")}</span>
    </Button>
  );
}
