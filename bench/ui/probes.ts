/*
 * Scripts run inside the inbox page: they time what the agent sees, from the browser's own
 * clock (performance.now() counts from the navigation's start).
 */

declare global {
  interface Window {
    __bench: { rowsPaintedAt: number | null; longTasks: { start: number; duration: number }[] };
  }
}

/** Installed before any page script: notes the first painted conversation row, and long tasks. */
export function installProbes(): void {
  window.__bench = { rowsPaintedAt: null, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
  const watch = new MutationObserver(() => {
    if (window.__bench.rowsPaintedAt !== null || !document.querySelector('[data-testid="conversation-row"]')) return;
    watch.disconnect();
    // The frame after the row entered the DOM is the one that shows it.
    requestAnimationFrame(() => setTimeout(() => (window.__bench.rowsPaintedAt ??= performance.now()), 0));
  });
  document.addEventListener("DOMContentLoaded", () => watch.observe(document.body, { childList: true, subtree: true }));
}

/**
 * Sends `text` with Enter and answers the time from the keydown to the frame that shows the
 * optimistic bubble.
 */
export function timeEnterToBubble(text: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const input = document.querySelector<HTMLTextAreaElement>('[data-testid="composer-input"]');
    if (!input) return reject(new Error("no composer"));
    let pressedAt = 0;
    const seen = () =>
      [...document.querySelectorAll('[data-testid="pending-send"], [data-testid="message"]')].some((node) => node.textContent?.includes(text));
    const observer = new MutationObserver(() => {
      if (!pressedAt || !seen()) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - pressedAt));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    input.addEventListener("keydown", () => (pressedAt = performance.now()), { capture: true, once: true });
    setTimeout(() => reject(new Error("no bubble within 5 s")), 5_000);
  });
}

/** Where the list is: the last row in view (1-based), and the list's length once all is loaded. */
export function listPosition(): { lastInView: number; total: number } {
  const items = [...document.querySelectorAll<HTMLLIElement>('[data-testid="conversation-list"] li[aria-posinset]')];
  const positions = items.map((item) => Number(item.getAttribute("aria-posinset")));
  return { lastInView: Math.max(0, ...positions), total: Math.max(-1, Number(items[0]?.getAttribute("aria-setsize") ?? -1)) };
}
