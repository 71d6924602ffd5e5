/*
 * Pure formatting helpers of the inbox: how a destination reads for its platform, a file's
 * name, which URLs may become links. No React, so they are cheap in a 10,000-row list.
 */

// Country calling codes by length; a number's code is the first prefix found here.
const CODES_1 = new Set(["1", "7"]);
const CODES_2 = new Set([
  "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49", "51",
  "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65", "66", "81", "82", "84", "86", "90",
  "91", "92", "93", "94", "95", "98",
]);
/** How the national number is grouped where the usual groups of three read badly. */
const GROUPS: Record<string, (national: string) => number[]> = {
  "1": () => [3, 3, 4],
  "44": () => [4, 6],
  // Mexican mobiles keep their leading 1 apart: +52 1 55 1234 5678.
  "52": (national) => (national.length === 11 ? [1, 2, 4, 4] : [2, 4, 4]),
  "55": () => [2, 5, 4],
};

function group(digits: string, sizes: number[]): string {
  const parts: string[] = [];
  let rest = digits;
  for (const size of sizes) {
    if (!rest) break;
    parts.push(rest.slice(0, size));
    rest = rest.slice(size);
  }
  if (rest) parts.push(rest);
  return parts.join(" ");
}

/** An international number in digits, e.g. 34600111222, as +34 600 111 222. */
export function formatPhone(digits: string): string {
  if (!/^\d{8,15}$/.test(digits)) return digits;
  const code = [1, 2, 3].map((n) => digits.slice(0, n)).find((p, i) => (i === 0 ? CODES_1.has(p) : i === 1 ? CODES_2.has(p) : true)) ?? "";
  const national = digits.slice(code.length);
  const sizes = GROUPS[code]?.(national) ?? Array<number>(Math.ceil(national.length / 3)).fill(3);
  const rest = group(national, sizes);
  return `+${code} ${rest}`;
}

/** The contact as an agent reads it: phone numbers formatted, other ids as they are. */
export function formatDestination(platform: string, destination: string): string {
  return platform === "whatsapp" ? formatPhone(destination.replace(/^\+/, "")) : destination;
}

/** The last part of a URL's path, decoded, e.g. "LH-47790.pdf"; the URL itself when it has none. */
export function fileNameOf(url: string): string {
  try {
    const name = new URL(url).pathname.split("/").filter(Boolean).pop();
    return name ? decodeURIComponent(name) : url;
  } catch {
    return url;
  }
}

/** Only http(s) URLs ever become links or sources: a javascript: or data: URL stays text. */
export function safeHttpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/gi;
const TRAILING = /[.,;:!?)\]}'"]+$/;

export type TextPart = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

/** Splits customer text into plain text and http(s) links; nothing else is ever a link. */
export function linkParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let index = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    const raw = match[0].replace(TRAILING, "");
    const href = safeHttpUrl(raw);
    if (!href) continue;
    if (start > index) parts.push({ kind: "text", text: text.slice(index, start) });
    parts.push({ kind: "link", text: raw, href });
    index = start + raw.length;
  }
  if (index < text.length) parts.push({ kind: "text", text: text.slice(index) });
  return parts;
}

export const fileKinds = ["image", "video", "audio", "voice", "document", "contact"] as const;
export type FileKind = (typeof fileKinds)[number];
export const isFileKind = (type: string | null | undefined): type is FileKind => fileKinds.includes(type as FileKind);

/** "99+" past 99, so a badge keeps its width. */
export const countLabel = (count: number) => (count > 99 ? "99+" : String(count));
