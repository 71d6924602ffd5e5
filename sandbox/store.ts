import type { Channel, Chat, Direction, FileRef, Message, Platform, Via } from "./types";

/** Everything the sandbox knows: what seeds build, what --data keeps. */
export interface StoreState {
  nextId: number;
  channels: Channel[];
  chats: Chat[];
}

export interface NewMessage {
  direction: Direction;
  text: string;
  /** Backdating for scenario tests; defaults to now. */
  at?: number;
  file?: FileRef;
  via: Via;
}

export interface StoreOptions {
  /** Time between the delivery steps of an outbound message: sent -> delivered -> read. */
  deliveryMs: number;
  now?: () => number;
  /** Called after every change, so persistence can schedule a save. */
  onChange?: () => void;
}

const channelKey = (platform: string, platformId: string) => `${platform}\u0000${platformId}`;

/** Messages are ordered by time, then by id; ids are integers kept as strings. */
function before(a: Message, b: Message): boolean {
  return a.at !== b.at ? a.at < b.at : Number(a.id) < Number(b.id);
}

export class Store {
  private channels = new Map<string, Channel>();
  /** Per-channel index, so one channel's chats are found without scanning the others. */
  private chatsByChannel = new Map<string, Map<string, Chat>>();
  private nextId = 1;
  private readonly now: () => number;

  constructor(private readonly options: StoreOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Replaces the whole state. The chats' messages must already be in order. */
  load(state: StoreState): void {
    this.channels = new Map(state.channels.map((c) => [channelKey(c.platform, c.platformId), c]));
    this.chatsByChannel = new Map();
    for (const key of this.channels.keys()) this.chatsByChannel.set(key, new Map());
    for (const chat of state.chats) {
      this.chatsByChannel.get(channelKey(chat.platform, chat.platformId))?.set(chat.destination, chat);
    }
    this.nextId = state.nextId;
    this.options.onChange?.();
  }

  snapshot(): StoreState {
    return { nextId: this.nextId, channels: this.listChannels(), chats: this.allChats() };
  }

  listChannels(): Channel[] {
    return [...this.channels.values()];
  }

  findChannel(platform: string, platformId: string): Channel | undefined {
    return this.channels.get(channelKey(platform, platformId));
  }

  /** The chats of one channel, or undefined when there is no such channel. */
  chatsOf(platform: string, platformId: string): Chat[] | undefined {
    const chats = this.chatsByChannel.get(channelKey(platform, platformId));
    return chats ? [...chats.values()] : undefined;
  }

  findChat(platform: string, platformId: string, destination: string): Chat | undefined {
    return this.chatsByChannel.get(channelKey(platform, platformId))?.get(destination);
  }

  allChats(): Chat[] {
    const all: Chat[] = [];
    for (const chats of this.chatsByChannel.values()) all.push(...chats.values());
    return all;
  }

  counts(): { channels: number; chats: number; messages: number } {
    let chats = 0;
    let messages = 0;
    for (const byDestination of this.chatsByChannel.values()) {
      chats += byDestination.size;
      for (const chat of byDestination.values()) messages += chat.messages.length;
    }
    return { channels: this.channels.size, chats, messages };
  }

  /**
   * Adds a message, opening the chat if needed. Answers undefined when the channel does not
   * exist. An outbound message is a reply: it marks the chat's inbound messages read.
   */
  addMessage(platform: Platform, platformId: string, destination: string, input: NewMessage): Message | undefined {
    const chats = this.chatsByChannel.get(channelKey(platform, platformId));
    if (!chats) return undefined;
    let chat = chats.get(destination);
    if (!chat) {
      chat = { platform, platformId, destination, messages: [] };
      chats.set(destination, chat);
    }
    const now = this.now();
    const message: Message = {
      id: String(this.nextId++),
      direction: input.direction,
      text: input.text,
      at: Math.floor((input.at ?? now) / 1000) * 1000,
      read: false,
      via: input.via,
      ...(input.direction === "out" ? { deliveryStart: now } : {}),
      ...(input.file ? { file: input.file } : {}),
    };
    insertInOrder(chat.messages, message);
    if (message.direction === "out") this.markRead(chat);
    this.options.onChange?.();
    return message;
  }

  markRead(chat: Chat): void {
    let changed = false;
    for (const message of chat.messages) {
      if (message.direction === "in" && !message.read) {
        message.read = true;
        changed = true;
      }
    }
    if (changed) this.options.onChange?.();
  }

  /** Inbound: received, then read. Outbound: sent -> delivered -> read, one step per deliveryMs. */
  statusOf(message: Message): string {
    if (message.direction === "in") return message.read ? "read" : "received";
    if (message.deliveryStart === undefined) return "read";
    const steps = Math.floor((this.now() - message.deliveryStart) / Math.max(1, this.options.deliveryMs));
    return steps <= 0 ? "sent" : steps === 1 ? "delivered" : "read";
  }
}

/** New messages nearly always belong at the end; backdated ones walk back to their place. */
function insertInOrder(messages: Message[], message: Message): void {
  let index = messages.length;
  while (index > 0) {
    const previous = messages[index - 1];
    if (previous === undefined || !before(message, previous)) break;
    index--;
  }
  messages.splice(index, 0, message);
}
