/** The sandbox's own vocabulary. Nothing here is shared with lib/: the HTTP wire is the contract. */

export const PLATFORMS = ["webchat", "whatsapp", "telegram", "operator"] as const;
export type Platform = (typeof PLATFORMS)[number];

export const FILE_TYPES = ["image", "video", "audio", "voice", "document", "contact"] as const;
export type FileType = (typeof FILE_TYPES)[number];

/** How a message entered the sandbox; shown by the admin view so tests can tell sources apart. */
export type Via = "seed" | "inbound" | "outbound" | "sendmessage" | "sendfile";

export type Direction = "in" | "out";

export interface Channel {
  platform: Platform;
  platformId: string;
  name: string;
}

export interface FileRef {
  type: FileType;
  url: string;
  thumbUrl?: string;
}

export interface Message {
  id: string;
  direction: Direction;
  /** The text, or a file's caption ("" when none). */
  text: string;
  /** When the message was written, ms since the epoch, whole seconds. */
  at: number;
  /** Inbound only: the account has read it. */
  read: boolean;
  /** Outbound only: when delivery began (ms); the status follows from the time since. */
  deliveryStart?: number;
  file?: FileRef;
  via: Via;
}

export interface Chat {
  platform: Platform;
  platformId: string;
  destination: string;
  /** Language of the customer, so simulated customers keep speaking it. */
  lang?: string;
  /** Kept in time order (at, then id), so the latest message is always the last one. */
  messages: Message[];
}

export function isPlatform(value: string): value is Platform {
  return (PLATFORMS as readonly string[]).includes(value);
}

export function isFileType(value: string): value is FileType {
  return (FILE_TYPES as readonly string[]).includes(value);
}

/** An absolute http(s) URL, the only kind the platforms can fetch and the webchat will show. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
