import { z } from "zod";
import { INT4_MAX } from "./ids";
import { channelSummarySchema, conversationRowSchema, inboxQuerySchema, inboxResponseSchema, syncStatusSchema } from "./inbox";

/*
 * The inbox poll by change. A full answer carries the mirror version it was built from; a poll
 * that sends it back as `since` gets only what changed in its view since then (a delta), which
 * the browser merges into the answer it holds (lib/query/inbox-delta.ts).
 */

const since = z.coerce
  .number({ message: "validation.since" })
  .int("validation.since")
  .min(1, "validation.since")
  .max(INT4_MAX, "validation.since");
const cursor = z.string().max(200, "validation.cursor").regex(/^[A-Za-z0-9_-]+$/, "validation.cursor");
// As many ids as the largest page holds, comma-separated.
const heldIds = z
  .string()
  .max(2_400, "validation.held")
  .regex(/^\d{1,10}(,\d{1,10}){0,199}$/, "validation.held")
  .transform((ids) => ids.split(",").map(Number));

export const inboxPollQuerySchema = inboxQuerySchema.extend({
  /** The version of the answer the caller holds for this same question. */
  since: since.optional(),
  /** The `nextCursor` of that answer: the end of the rows it holds, when the list goes on. */
  after: cursor.optional(),
  /**
   * With `after`: the ids of the rows it holds, so that the answer lists as removed only those
   * and refills the page only when one of them left. Without it, every changed conversation
   * outside the view counts as possibly held.
   */
  held: heldIds.optional(),
});

/** A full answer: the first page of the view, as built from mirror version `version`. */
export const inboxFullSchema = inboxResponseSchema.extend({ version: z.number().int() });

const rows = z.array(conversationRowSchema);

export const inboxDeltaSchema = z.object({
  delta: z.literal(true),
  /** The version this answer brings the caller to, and the one it starts from. */
  version: z.number().int(),
  since: z.number().int(),
  sync: syncStatusSchema,
  /** The rows of the view that changed since, up to the caller's `after`, in the view's order. */
  conversations: rows,
  /** Conversations that changed since and are no longer among those rows: drop them if held. */
  removed: z.array(z.number().int()),
  /**
   * With `after`, when rows left: the rows that now follow it, enough to refill the page, and
   * whether more follow those.
   */
  following: z.object({ conversations: rows, more: z.boolean() }).nullable(),
  /** Only when they differ from what the `since` answer said. */
  channels: z.array(channelSummarySchema).optional(),
  totals: inboxResponseSchema.shape.totals.optional(),
  views: inboxResponseSchema.shape.views.optional(),
});

export type InboxPollQuery = z.infer<typeof inboxPollQuerySchema>;
export type InboxFull = z.infer<typeof inboxFullSchema>;
export type InboxDelta = z.infer<typeof inboxDeltaSchema>;
export type InboxPollAnswer = InboxFull | InboxDelta;

export const isDelta = (answer: InboxPollAnswer): answer is InboxDelta => "delta" in answer && answer.delta === true;
