import type { AfilnetMessage } from "./schemas";

type Row = Record<string, unknown>;

interface Seen {
  row: Row;
  message: AfilnetMessage;
}

export interface ListReading {
  /** The message a row reads as: the one read last time when the row is unchanged, else `parse`'s. */
  read(row: unknown, parse: (row: unknown) => AfilnetMessage): AfilnetMessage;
  /** The whole list was read: it replaces the previous one (chats gone from it are forgotten). */
  done(): void;
}

/** A row's chat, when the row names one; rows without a destination are always read in full. */
function chatOf(row: unknown): string | undefined {
  if (typeof row !== "object" || row === null) return undefined;
  const destination = (row as Row).destination;
  return typeof destination === "string" || typeof destination === "number" ? String(destination) : undefined;
}

/** Field for field the same (the values of a JSON row are plain values; anything else differs). */
function sameRow(before: Row, now: Row): boolean {
  let fields = 0;
  for (const key in now) {
    if (now[key] !== before[key]) return false;
    fields += 1;
  }
  return fields === Object.keys(before).length;
}

function frozen(message: AfilnetMessage): AfilnetMessage {
  if (message.file) Object.freeze(message.file);
  return Object.freeze(message);
}

/**
 * The rows of the last list of each channel, with the message each was read as. getchats
 * answers a row per chat on every pass, nearly all of them as they were the pass before
 * (10,000 rows every few seconds): a row equal to the last one seen for its chat reads the
 * same, so it is not validated and converted again. And an answer identical to the list's
 * last one, byte for byte (a channel where nothing happened), is not even parsed: parsing it
 * made 10,000 objects a channel a pass, for nothing. Messages read through it are frozen,
 * since one pass's message may be handed out again by the next.
 */
export function listMemo() {
  const lists = new Map<string, Map<string, Seen>>();
  const answers = new Map<string, { body: string; messages: AfilnetMessage[] }>();
  return {
    /** The list's messages: the last answer's when `body` is that answer's, else what `read` makes of it. */
    async answer(list: string, body: string, read: () => Promise<AfilnetMessage[]>): Promise<AfilnetMessage[]> {
      const last = answers.get(list);
      // Copies: the caller owns the array it gets (the messages in it are frozen).
      if (last && last.body === body) return [...last.messages];
      const messages = await read();
      answers.set(list, { body, messages: [...messages] });
      return messages;
    },
    reading(list: string): ListReading {
      const before = lists.get(list);
      const now = new Map<string, Seen>();
      return {
        read(row, parse) {
          const chat = chatOf(row);
          const seen = chat === undefined ? undefined : before?.get(chat);
          const message = seen && sameRow(seen.row, row as Row) ? seen.message : frozen(parse(row));
          if (chat !== undefined) now.set(chat, { row: row as Row, message });
          return message;
        },
        done() {
          lists.set(list, now);
        },
      };
    },
  };
}
