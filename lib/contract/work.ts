import { z } from "zod";
import { availabilitySchema } from "./queues";

/*
 * The inputs of the actions that change conversations as work, shared by the browser (which
 * checks before sending) and the server actions (which check again). Browser-safe.
 */

const conversationId = z
  .number("validation.conversation")
  .int("validation.conversation")
  .positive("validation.conversation")
  .max(2_147_483_647, "validation.conversation");

/** At most this many conversations change in one bulk action. */
export const MAX_BULK = 500;

export const conversationIdsSchema = z
  .array(conversationId, "validation.conversationsNone")
  .min(1, "validation.conversationsNone")
  .max(MAX_BULK, "validation.conversationsTooMany")
  .transform((ids) => [...new Set(ids)]);

const YEAR_MS = 366 * 86_400_000;

/** A snooze ends in the future, within a year. */
export const snoozeUntilSchema = z.iso
  .datetime({ offset: true, message: "validation.snoozeEnd" })
  .refine((value) => Date.parse(value) > Date.now(), "validation.snoozePast")
  .refine((value) => Date.parse(value) < Date.now() + YEAR_MS, "validation.snoozeTooLong");

export const agentIdSchema = z.uuid("validation.teammate");

/** One change applied to every conversation of a selection (or to one). */
export const workChangeSchema = z.discriminatedUnion(
  "change",
  [
    z.object({ change: z.literal("resolve") }),
    z.object({ change: z.literal("reopen") }),
    z.object({ change: z.literal("pending") }),
    z.object({ change: z.literal("snooze"), until: snoozeUntilSchema }),
    z.object({ change: z.literal("assign"), assigneeId: agentIdSchema }),
    z.object({ change: z.literal("unassign") }),
    z.object({ change: z.literal("read") }),
    z.object({ change: z.literal("unread") }),
  ],
  "validation.workChange",
);

export const changeConversationsSchema = z.object({ conversationIds: conversationIdsSchema, change: workChangeSchema });

export const reassignSchema = z.object({ conversationIds: conversationIdsSchema, assigneeId: agentIdSchema });

export const availabilityInputSchema = z.object({ availability: availabilitySchema });

export const workSettingsSchema = z.object({
  autoResolvePendingDays: z
    .number("validation.days")
    .int("validation.days")
    .min(0, "validation.daysMin")
    .max(365, "validation.daysMax"),
  autoAssign: z.boolean(),
  autoAssignCap: z
    .number("validation.cap")
    .int("validation.cap")
    .min(1, "validation.capMin")
    .max(200, "validation.capMax"),
});

export type WorkChange = z.infer<typeof workChangeSchema>;
export type ChangeConversationsInput = z.input<typeof changeConversationsSchema>;
export type WorkSettings = z.infer<typeof workSettingsSchema>;

export const teammatesResponseSchema = z.object({
  teammates: z.array(z.object({ id: z.string(), name: z.string(), role: z.string(), availability: availabilitySchema })),
});
export type Teammate = z.infer<typeof teammatesResponseSchema>["teammates"][number];
