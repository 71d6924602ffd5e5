import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/*
 * What a screenshot would be looked at for, checked by geometry rather than by pixels: nothing
 * sticks out of the viewport sideways, and no two things a person reads or presses lie on top of
 * each other. Both look at what is visible: clipped by a scrolling container counts as hidden.
 */

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1440, height: 900 } as const;

interface Box {
  what: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The visible boxes of the leaves a person reads or presses, with a name for each. */
async function visibleLeaves(page: Page, scope?: string): Promise<{ boxes: Box[]; parents: number[][]; viewport: number; scrollWidth: number }> {
  return page.evaluate((selector) => {
    const root = selector ? document.querySelector(selector) : document.body;
    if (!root) throw new Error(`No element matches ${selector}`);
    const interesting = (el: Element) => {
      if (el.closest("[aria-hidden='true'], [hidden], .sr-only, next-route-announcer, [popover]:not(:popover-open)")) return false;
      if (["BUTTON", "A", "INPUT", "SELECT", "TEXTAREA", "IMG", "VIDEO", "AUDIO", "svg"].includes(el.tagName)) return true;
      return [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
    };
    const name = (el: Element) => {
      const id = el.getAttribute("data-testid");
      const text = (el.textContent ?? "").trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${id ? `[data-testid=${id}]` : ""} "${text}"`;
    };
    /** The element's boxes (one per line of an inline element) cut by every ancestor that clips (a scroller). */
    const visibleBoxes = (el: Element) => {
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || Number(style.opacity) === 0) return [];
      let clip = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
      for (let parent = el.parentElement; parent; parent = parent.parentElement) {
        const s = getComputedStyle(parent);
        if (s.overflowX !== "visible" || s.overflowY !== "visible") {
          const p = parent.getBoundingClientRect();
          clip = { left: Math.max(clip.left, p.left), top: Math.max(clip.top, p.top), right: Math.min(clip.right, p.right), bottom: Math.min(clip.bottom, p.bottom) };
        }
        if (s.position === "fixed") break;
      }
      return [...el.getClientRects()]
        .map((r) => ({ left: Math.max(r.left, clip.left), top: Math.max(r.top, clip.top), right: Math.min(r.right, clip.right), bottom: Math.min(r.bottom, clip.bottom) }))
        .filter((r) => r.right - r.left > 1 && r.bottom - r.top > 1);
    };
    const boxes: Box[] = [];
    const owners: Element[] = [];
    for (const el of [...root.querySelectorAll("*")].filter(interesting)) {
      for (const box of visibleBoxes(el)) {
        boxes.push({ what: name(el), ...box });
        owners.push(el);
      }
    }
    // For each box, the boxes it may overlap: its own element's other lines, and its ancestors' or descendants'.
    const parents = owners.map((el) => owners.flatMap((other, j) => (other === el || other.contains(el) || el.contains(other) ? [j] : [])));
    return { boxes, parents, viewport: window.innerWidth, scrollWidth: document.documentElement.scrollWidth };
  }, scope ?? null);
}

/** Nothing wider than the viewport: no sideways scrolling, no box past either edge. */
export async function expectInsideViewport(page: Page, scope?: string) {
  const { boxes, viewport, scrollWidth } = await visibleLeaves(page, scope);
  expect(scrollWidth, "the page scrolls sideways").toBeLessThanOrEqual(viewport);
  const outside = boxes.filter((box) => box.left < -0.5 || box.right > viewport + 0.5).map((box) => `${box.what} at ${Math.round(box.left)}..${Math.round(box.right)}`);
  expect(outside, "outside the viewport").toEqual([]);
}

/** No two visible leaves overlap, unless one holds the other (a link around its text). */
export async function expectNoOverlap(page: Page, scope?: string) {
  const { boxes, parents } = await visibleLeaves(page, scope);
  const overlaps: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (parents[i]?.includes(j)) continue;
      const [a, b] = [boxes[i]!, boxes[j]!];
      const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (width > 1 && height > 1) overlaps.push(`${a.what} / ${b.what}`);
    }
  }
  expect(overlaps, "overlapping").toEqual([]);
}

export async function expectLayoutFits(page: Page, scope?: string) {
  await expectInsideViewport(page, scope);
  await expectNoOverlap(page, scope);
}

/** axe on the page as it is: no serious or critical violation. */
export async function expectNoSeriousA11yViolation(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${label}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}
