import { CUSTOMER_LINES, CUSTOMER_NAMES, LANGUAGES, pick, type Language } from "./phrases";
import type { Store } from "./store";
import type { Platform } from "./types";

/** Share of simulated messages that come from someone who has never written before. */
const NEW_CUSTOMER_SHARE = 0.15;

function isLanguage(value: string | undefined): value is Language {
  return value !== undefined && (LANGUAGES as readonly string[]).includes(value);
}

function digits(count: number, random: () => number): string {
  let out = "";
  for (let i = 0; i < count; i++) out += Math.floor(random() * 10);
  return out;
}

const PHONE_PREFIX: Record<Language, string> = { en: "447700", es: "346", pt: "55119", pl: "485" };

function newDestination(platform: Platform, lang: Language, random: () => number): string {
  switch (platform) {
    case "whatsapp":
      return PHONE_PREFIX[lang] + digits(12 - PHONE_PREFIX[lang].length, random);
    case "telegram":
      return String(100_000_000 + Math.floor(random() * 900_000_000));
    case "webchat":
      return `webchat-${pick(CUSTOMER_NAMES, random).toLowerCase().normalize("NFD").replace(/[^a-z]/g, "")}-${digits(4, random)}`;
    case "operator":
      return `operator-${digits(4, random)}`;
  }
}

/** Customers writing in at a steady total rate, to existing chats and now and then new ones. */
export class Customers {
  private timer: NodeJS.Timeout | undefined;
  private perMinute = 0;

  constructor(
    private readonly store: Store,
    private readonly random: () => number = Math.random,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  get rate(): number {
    return this.perMinute;
  }

  setRate(perMinute: number): void {
    this.perMinute = perMinute;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.scheduleNext();
  }

  stop(): void {
    this.setRate(0);
  }

  /** Writes one message as a customer; answers false when there is no channel to write on. */
  writeOne(): boolean {
    const chats = this.store.allChats();
    const channels = this.store.listChannels();
    if (channels.length === 0) return false;
    const existing = chats.length > 0 && this.random() >= NEW_CUSTOMER_SHARE ? pick(chats, this.random) : undefined;
    const lang = isLanguage(existing?.lang) ? existing.lang : pick(LANGUAGES, this.random);
    const channel = existing ?? pick(channels, this.random);
    const destination = existing?.destination ?? newDestination(channel.platform, lang, this.random);
    const message = this.store.addMessage(channel.platform, channel.platformId, destination, {
      direction: "in",
      text: pick(CUSTOMER_LINES[lang], this.random),
      via: "inbound",
    });
    const chat = this.store.findChat(channel.platform, channel.platformId, destination);
    if (chat && !chat.lang) chat.lang = lang;
    return message !== undefined;
  }

  private scheduleNext(): void {
    if (this.perMinute <= 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      try {
        this.writeOne();
      } catch (error) {
        // A timer's exception would end the process; one lost simulated message must not.
        this.onError(error);
      }
      this.scheduleNext();
    }, 60_000 / this.perMinute);
    this.timer.unref();
  }
}
