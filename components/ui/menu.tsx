"use client";

import * as RadixMenu from "@radix-ui/react-dropdown-menu";
import type { ReactNode } from "react";

/** A dropdown menu (Radix): keyboard navigation, focus return and Esc come with it. */
export function Menu({ trigger, children, align = "end" }: { trigger: ReactNode; children: ReactNode; align?: "start" | "end" }) {
  return (
    <RadixMenu.Root modal={false}>
      <RadixMenu.Trigger asChild>{trigger}</RadixMenu.Trigger>
      <RadixMenu.Portal>
        <RadixMenu.Content
          align={align}
          sideOffset={4}
          className="z-50 min-w-44 rounded-md border border-border bg-surface-raised p-1 text-sm text-ink shadow-lg"
        >
          {children}
        </RadixMenu.Content>
      </RadixMenu.Portal>
    </RadixMenu.Root>
  );
}

export function MenuItem({ onSelect, children, testId }: { onSelect: () => void; children: ReactNode; testId?: string }) {
  return (
    <RadixMenu.Item
      onSelect={onSelect}
      data-testid={testId}
      className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 outline-none data-[highlighted]:bg-surface-muted"
    >
      {children}
    </RadixMenu.Item>
  );
}
