"use client";

import { useEffect, useRef } from "react";
import { useSavePreferences } from "./use-save-preferences";

/**
 * At an agent's first sign-in nothing says which zone they work in: the browser's is saved,
 * once, and the page re-renders in it. Later changes come from the header's picker.
 */
export function SaveBrowserTimeZone() {
  const { save } = useSavePreferences(true);
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) void save({ timeZone: zone });
  }, [save]);
  return null;
}
