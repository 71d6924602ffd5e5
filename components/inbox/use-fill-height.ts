"use client";

import { useLayoutEffect, useRef, useState, type RefObject } from "react";

/**
 * The inbox fills the window below the app's header, whose height depends on how its items
 * wrap: measured rather than guessed, so the panes scroll and the page does not.
 */
export function useFillHeight<T extends HTMLElement>(): [RefObject<T | null>, string | undefined] {
  const ref = useRef<T>(null);
  const [top, setTop] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setTop(Math.max(0, element.getBoundingClientRect().top + window.scrollY));
    measure();
    const observer = new ResizeObserver(measure);
    if (element.parentElement?.previousElementSibling) observer.observe(element.parentElement.previousElementSibling);
    window.addEventListener("resize", measure);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", measure);
    };
  }, []);
  return [ref, top === null ? undefined : `calc(100dvh - ${top}px)`];
}
