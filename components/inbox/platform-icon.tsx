import { Globe, Headset, MessageCircle, MessagesSquare, Send } from "lucide-react";
import { clsx } from "clsx";

const ICONS = { whatsapp: MessageCircle, telegram: Send, webchat: Globe, operator: Headset } as const;

/** The platform's icon; its name is said by the text beside it (or the caller's label). */
export function PlatformIcon({ platform, className, label }: { platform: string; className?: string; label?: string }) {
  const Icon = ICONS[platform as keyof typeof ICONS] ?? MessagesSquare;
  return (
    <Icon
      className={clsx("h-4 w-4 shrink-0", className)}
      aria-hidden={label ? undefined : true}
      aria-label={label}
      role={label ? "img" : undefined}
    />
  );
}
