/*
 * Pure formatting helpers of the inbox: how a destination reads for its platform, a file's
 * name, which URLs may become links. No React, so they are cheap in a 10,000-row list.
 */
import { parsePhoneNumberFromString } from "libphonenumber-js/min";

/**
 * How each platform names the other party: WhatsApp by an international phone number in
 * digits (34600111222), the others by a chat or session id that only looks like a number at
 * times (a Telegram chat id). Only phone numbers are ever formatted.
 */
const PHONE_PLATFORMS = new Set(["whatsapp"]);

/**
 * An international number in digits, e.g. 34600111222, as its country writes it: +34 600 11 12 22.
 * A number of the wrong length keeps its country code apart and the rest unsplit, so that no
 * grouping suggests a number that does not exist; anything but 8 to 15 digits stays as it is.
 */
export function formatPhone(value: string): string {
  const digits = value.replace(/^\+/, "");
  if (!/^\d{8,15}$/.test(digits)) return value;
  return parsePhoneNumberFromString(`+${digits}`)?.formatInternational() ?? `+${digits}`;
}

/** The contact as an agent reads it: phone numbers formatted for their country, other ids as they are. */
export function formatDestination(platform: string, destination: string): string {
  return PHONE_PLATFORMS.has(platform) ? formatPhone(destination) : destination;
}

/** Who a conversation is with, as the team calls them: the name given to the contact, else the destination formatted. */
export function contactName(row: { platform: string; destination: string; displayName?: string | null }): string {
  return row.displayName || formatDestination(row.platform, row.destination);
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

/** A playing time as a player shows it: 0:42, 12:05, 1:02:03; null while unknown (NaN) or endless (a stream). */
export function formatDuration(seconds: number): string | null {
  if (!Number.isFinite(seconds) || seconds < 0) return null;
  const whole = Math.round(seconds);
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
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
