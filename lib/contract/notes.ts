import { z } from "zod";
import { INT4_MAX } from "./ids";
import { MAX_NOTE_LENGTH } from "./mentions";

export { MAX_NOTE_LENGTH } from "./mentions";

/*
 * Private notes and the mentions they carry: the shapes of the actions and of `/api/mentions`.
 * Messages are catalog keys (validation.ts). Browser-safe: the composer checks with them too.
 */

/** At most this many mentions marked read in one call (a page of the view is fewer). */
export const MAX_MENTIONS_MARKED = 200;

const isoTime = z.iso.datetime({ offset: true });
const conversationId = z.number("validation.conversation").int("validation.conversation").positive("validation.conversation").max(INT4_MAX, "validation.conversation");
const eventId = z.number("validation.mention").int("validation.mention").positive("validation.mention").max(Number.MAX_SAFE_INTEGER, "validation.mention");

export const addNoteSchema = z.object({
  conversationId,
  text: z.string("validation.noteEmpty").trim().min(1, "validation.noteEmpty").max(MAX_NOTE_LENGTH, "validation.noteTooLong"),
});

/** Some mentions by id, or all of the agent's. */
export const markMentionsReadSchema = z
  .object({
    ids: z.array(eventId).min(1, "validation.mentionsNone").max(MAX_MENTIONS_MARKED, "validation.mentionsTooMany").optional(),
    all: z.literal(true, "validation.mentionsChoice").optional(),
  })
  .refine((input) => (input.ids === undefined) !== (input.all === undefined), { message: "validation.mentionsChoice" });

export const mentionsQuerySchema = z.object({
  cursor: z.string().max(200, "validation.cursor").regex(/^[A-Za-z0-9_-]+$/, "validation.cursor").optional(),
  limit: z.coerce.number({ message: "validation.mentionsLimit" }).int("validation.mentionsLimit").min(1, "validation.mentionsLimit").max(100, "validation.mentionsLimit").default(30),
});

export const mentionSchema = z.object({
  /** The note's id (a row of the conversation's record). */
  id: z.number().int(),
  conversationId: z.number().int(),
  /** The contact's name as the team set it, or else the destination. */
  conversationName: z.string(),
  channelName: z.string(),
  authorName: z.string(),
  text: z.string(),
  at: isoTime,
  read: z.boolean(),
});

export const mentionsResponseSchema = z.object({
  mentions: z.array(mentionSchema),
  /** The agent's unread mentions, all pages. */
  unread: z.number().int(),
  nextCursor: z.string().nullable(),
});

export type AddNoteInput = z.input<typeof addNoteSchema>;
export type MentionView = z.infer<typeof mentionSchema>;
export type MentionsResponse = z.infer<typeof mentionsResponseSchema>;
export type MentionsQuery = z.infer<typeof mentionsQuerySchema>;
