import { AGENT_LINES, CUSTOMER_LINES, LANGUAGES, pick, seededRandom } from "../phrases";
import type { StoreState } from "../store";
import { FILE_TYPES, type Channel, type Chat, type Message, type Platform } from "../types";

export interface LargeSpec {
  channels: number;
  chats: number;
  messages: number;
}

const PLATFORM_ORDER: readonly Platform[] = ["whatsapp", "telegram", "webchat", "operator"];
const LABEL: Record<Platform, string> = {
  whatsapp: "WhatsApp",
  telegram: "Telegram",
  webchat: "Web chat",
  operator: "Operator",
};
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function destinationFor(platform: Platform, index: number): string {
  switch (platform) {
    case "whatsapp":
      return `48${500_000_000 + index}`;
    case "telegram":
      return String(700_000_000 + index);
    case "webchat":
      return `wc-${index.toString(16).padStart(6, "0")}`;
    case "operator":
      return `operator-${10_000 + index}`;
  }
}

/**
 * A generated account of the asked size, for load tests. Chats are spread round-robin over
 * the channels; each chat's messages walk back in time from its last activity, within 30 days.
 */
export function buildLarge(spec: LargeSpec, now: number): StoreState {
  const random = seededRandom(spec.channels * 31 + spec.chats * 17 + spec.messages);
  const channels: Channel[] = [];
  for (let i = 0; i < spec.channels; i++) {
    const platform = PLATFORM_ORDER[i % PLATFORM_ORDER.length] ?? "webchat";
    channels.push({ platform, platformId: String(100 + i), name: `${LABEL[platform]} ${i + 1}` });
  }
  const chats: Chat[] = [];
  let nextId = 1;
  for (let j = 0; j < spec.chats; j++) {
    const channel = channels[j % channels.length];
    if (!channel) break;
    const lang = pick(LANGUAGES, random);
    const count = spec.messages;
    // Times first, oldest to newest, so ids handed out in order also follow time.
    const times = new Array<number>(count);
    let at = now - MINUTE - Math.floor(random() * 30 * DAY);
    for (let k = count - 1; k >= 0; k--) {
      times[k] = Math.floor(at / 1000) * 1000;
      at -= MINUTE + Math.floor(random() * 90 * MINUTE);
    }
    const leaveUnread = random() < 0.25;
    const messages: Message[] = new Array<Message>(count);
    for (let k = 0; k < count; k++) {
      const inbound = k === 0 || random() < 0.55;
      const lines = inbound ? CUSTOMER_LINES[lang] : AGENT_LINES[lang];
      const withFile = random() < 0.04;
      messages[k] = {
        id: String(nextId++),
        direction: inbound ? "in" : "out",
        text: withFile ? "" : pick(lines, random),
        at: times[k] ?? now,
        read: inbound,
        via: "seed",
        ...(withFile ? { file: { type: pick(FILE_TYPES, random), url: `https://files.example.com/generated/${nextId}.bin` } } : {}),
      };
    }
    if (leaveUnread) {
      // The inbound messages after the last reply stay unread.
      for (let k = count - 1; k >= 0 && messages[k]?.direction === "in"; k--) {
        const message = messages[k];
        if (message) message.read = false;
      }
    }
    chats.push({ platform: channel.platform, platformId: channel.platformId, destination: destinationFor(channel.platform, j), lang, messages });
  }
  return { nextId, channels, chats };
}
