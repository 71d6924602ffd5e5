import { z } from "zod";

/* The supervisor's activity page: the record of what was done, filtered and paged. Browser-safe. */

export const activityKinds = ["status", "assignee", "send", "note"] as const;
export type ActivityKind = (typeof activityKinds)[number];

const INT4_MAX = 2_147_483_647;
const id = z.coerce.number().int().positive().max(INT4_MAX);
const isoTime = z.iso.datetime({ offset: true });

export const activityFiltersSchema = z
  .object({
    agent: z.uuid().optional(),
    channel: id.optional(),
    conversation: id.optional(),
    kind: z.enum(activityKinds).optional(),
    from: isoTime.optional(),
    to: isoTime.optional(),
  })
  .refine((filters) => !filters.from || !filters.to || Date.parse(filters.from) <= Date.parse(filters.to), {
    message: "validation.activityRange",
    path: ["to"],
  });

export const activityQuerySchema = z.intersection(
  activityFiltersSchema,
  z.object({
    cursor: z.string().max(300).regex(/^[A-Za-z0-9_-]+$/, "validation.cursor").optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  }),
);

const person = z.object({ id: z.string(), name: z.string() }).nullable();

export const activityRowSchema = z.object({
  /** Unique across kinds: "e<event id>" or "s<send id>". */
  key: z.string(),
  kind: z.enum(activityKinds),
  at: isoTime,
  /** Who did it; null when it happened by itself (`reason` says why). */
  actor: person,
  conversationId: z.number().int(),
  destination: z.string(),
  displayName: z.string().nullable(),
  platform: z.string(),
  channelName: z.string(),
  /** A status change: the new status; a send: its state (sent, failed, unconfirmed, discarded, sending). */
  status: z.string().nullable(),
  /** An assignee change: the new assignee (null: unassigned). */
  assignee: person,
  reason: z.string().nullable(),
  /** A send: what Afilnet answered when it refused (its code). */
  errorCode: z.string().nullable(),
  /** A send: the text or file sent; a note: its text. */
  text: z.string().nullable(),
});

export const activityResponseSchema = z.object({ rows: z.array(activityRowSchema), nextCursor: z.string().nullable() });

export type ActivityFilters = z.infer<typeof activityFiltersSchema>;
export type ActivityQuery = z.infer<typeof activityQuerySchema>;
export type ActivityRow = z.infer<typeof activityRowSchema>;
export type ActivityResponse = z.infer<typeof activityResponseSchema>;
