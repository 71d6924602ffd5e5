import type { Channel, Direction, FileRef, FileType } from "../types";

/** The channels every built-in seed starts from: one per platform, two for WhatsApp. */
export const DEMO_CHANNELS: readonly Channel[] = [
  { platform: "whatsapp", platformId: "100", name: "Lumen Home · WhatsApp Support" },
  { platform: "whatsapp", platformId: "101", name: "Lumen Home · WhatsApp Sales" },
  { platform: "telegram", platformId: "200", name: "Lumen Home Bot" },
  { platform: "webchat", platformId: "300", name: "lumenhome.example live chat" },
  { platform: "operator", platformId: "400", name: "Lumen Home phone desk" },
];

export type ChannelId = "100" | "101" | "200" | "300" | "400";

/** One line of a scripted conversation: who wrote, minutes after the previous line, what. */
export type Line = [direction: Direction, minutesAfter: number, text: string, file?: FileRef];

export interface Script {
  channel: ChannelId;
  destination: string;
  lang: "en" | "es" | "pt" | "pl";
  /** When the conversation began, in hours before the seed time. */
  startedHoursAgo: number;
  /** Leave the inbound messages after the last reply unread. */
  unread?: boolean;
  lines: Line[];
}

const FILES = "https://files.example.com";

/** A file on the demo's file host; images and videos get a thumbnail beside them. */
export function file(type: FileType, path: string): FileRef {
  const url = `${FILES}/${path}`;
  if (type === "image" || type === "video") {
    return { type, url, thumbUrl: `${FILES}/thumbs/${path.replace(/\.\w+$/, ".jpg")}` };
  }
  return { type, url };
}
