import { z } from "zod";
import { parseAfilnetDatetime } from "./datetime";

/*
 * Answer rows as Afilnet may send them, and the shapes the rest of the app sees. Every
 * variant the contract allows is accepted here and nowhere else: ids as numbers or strings,
 * the direction flag as 1/0, "1"/"0" or true/false, three datetime forms, a list bare or
 * wrapped in { list }. Unknown fields are dropped.
 */

export interface AfilnetChannel {
  platform: string;
  platformId: string;
  name: string;
}

export interface AfilnetFile {
  type: string;
  url: string;
  thumbUrl?: string;
}

export interface AfilnetMessage {
  platform: string;
  platformId: string;
  destination: string;
  messageId: string;
  text: string;
  direction: "in" | "out";
  /** Afilnet's delivery state, opaque; "" when absent. */
  status: string;
  at: Date;
  file?: AfilnetFile;
}

export interface AfilnetSendResult {
  messageId?: string;
}

const id = z.union([z.string(), z.number().finite()]).transform((value) => String(value));
const text = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((value) => (value == null ? "" : String(value)));

const flag = z.union([
  z.boolean(),
  z.literal(1).transform(() => true),
  z.literal(0).transform(() => false),
  z.enum(["1", "true"]).transform(() => true),
  z.enum(["0", "false", ""]).transform(() => false),
]);

/** A list result: the array itself or { list: [...] }. */
export const listSchema = z.union([
  z.array(z.unknown()),
  z.object({ list: z.array(z.unknown()) }).transform((value) => value.list),
]);

export const channelRowSchema = z
  .object({ platform: z.string(), platformid: id, name: text })
  .transform((row): AfilnetChannel => ({ platform: row.platform, platformId: row.platformid, name: row.name }));

const messageRowSchema = z.object({
  platform: z.string().optional(),
  platformid: id.optional(),
  destination: id.optional(),
  messageid: id,
  message: text,
  sent: flag.optional(),
  issent: flag.optional(),
  status: text,
  datetime: z.union([z.string(), z.number().finite()]),
  type: z.string().nullish(),
  fileurl: z.string().nullish(),
  thumburl: z.string().nullish(),
});

/** What the request already says, used when a row leaves the field out. */
export interface MessageContext {
  platform: string;
  platformId: string;
  destination?: string;
  timeZone: string;
}

export function messageSchema(context: MessageContext) {
  return messageRowSchema.transform((row, ctx): AfilnetMessage => {
    const at = parseAfilnetDatetime(row.datetime, context.timeZone);
    const outbound = row.sent ?? row.issent;
    const destination = row.destination ?? context.destination;
    if (!at) ctx.addIssue({ code: "custom", message: "unreadable datetime", path: ["datetime"] });
    if (outbound === undefined) ctx.addIssue({ code: "custom", message: "neither sent nor issent", path: ["sent"] });
    if (destination === undefined) ctx.addIssue({ code: "custom", message: "no destination", path: ["destination"] });
    if (!at || outbound === undefined || destination === undefined) return z.NEVER;
    const message: AfilnetMessage = {
      platform: row.platform ?? context.platform,
      platformId: row.platformid ?? context.platformId,
      destination,
      messageId: row.messageid,
      text: row.message,
      direction: outbound ? "out" : "in",
      status: row.status,
      at,
    };
    if (row.fileurl) {
      message.file = { type: row.type ?? "", url: row.fileurl };
      if (row.thumburl) message.file.thumbUrl = row.thumburl;
    }
    return message;
  });
}

export const sendResultSchema = z.unknown().transform((result): AfilnetSendResult => {
  const parsed = z.object({ messageid: id }).safeParse(result);
  return parsed.success ? { messageId: parsed.data.messageid } : {};
});

const digits = /^\d+$/;

/** Compares message ids numerically when both are numbers, without losing precision. */
export function compareIds(a: string, b: string): number {
  if (digits.test(a) && digits.test(b)) {
    const x = a.replace(/^0+(?=\d)/, "");
    const y = b.replace(/^0+(?=\d)/, "");
    if (x.length !== y.length) return x.length - y.length;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Oldest first; messages of the same second keep the order of their ids. */
export function sortMessages(messages: AfilnetMessage[]): AfilnetMessage[] {
  return messages.sort((a, b) => a.at.getTime() - b.at.getTime() || compareIds(a.messageId, b.messageId));
}
