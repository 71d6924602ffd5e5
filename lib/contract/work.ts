import { z } from "zod";
import { availabilitySchema } from "./queues";

/*
 * The inputs of the actions that change conversations as work, shared by the browser (which
 * checks before sending) and the server actions (which check again). Browser-safe.
 */

const conversationId = z
  .number("Choose a conversation.")
  .int("Choose a conversation.")
  .positive("Choose a conversation.")
  .max(2_147_483_647, "Choose a conversation.");

/** At most this many conversations change in one bulk action. */
export const MAX_BULK = 500;

export const conversationIdsSchema = z
  .array(conversationId, "Choose at least one conversation.")
  .min(1, "Choose at least one conversation.")
  .max(MAX_BULK, `Choose at most ${MAX_BULK} conversations at once.`)
  .transform((ids) => [...new Set(ids)]);

const YEAR_MS = 366 * 86_400_000;

/** A snooze ends in the future, within a year. */
export const snoozeUntilSchema = z.iso
  .datetime({ offset: true, message: "Choose when the snooze ends." })
  .refine((value) => Date.parse(value) > Date.now(), "A snooze must end in the future.")
  .refine((value) => Date.parse(value) < Date.now() + YEAR_MS, "A snooze can last at most a year.");

export const agentIdSchema = z.uuid("Choose a teammate from the list.");

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
  "Choose what to change.",
);

export const changeConversationsSchema = z.object({ conversationIds: conversationIdsSchema, change: workChangeSchema });

export const reassignSchema = z.object({ conversationIds: conversationIdsSchema, assigneeId: agentIdSchema });

export const availabilityInputSchema = z.object({ availability: availabilitySchema });

export const workSettingsSchema = z.object({
  autoResolvePendingDays: z
    .number("Give a whole number of days.")
    .int("Give a whole number of days.")
    .min(0, "Give 0 (never) or a number of days.")
    .max(365, "At most 365 days."),
  autoAssign: z.boolean(),
  autoAssignCap: z
    .number("Give a whole number of conversations.")
    .int("Give a whole number of conversations.")
    .min(1, "The cap must be at least 1.")
    .max(200, "The cap can be at most 200."),
});

export type WorkChange = z.infer<typeof workChangeSchema>;
export type ChangeConversationsInput = z.input<typeof changeConversationsSchema>;
export type WorkSettings = z.infer<typeof workSettingsSchema>;

export const teammatesResponseSchema = z.object({
  teammates: z.array(z.object({ id: z.string(), name: z.string(), role: z.string(), availability: availabilitySchema })),
});
export type Teammate = z.infer<typeof teammatesResponseSchema>["teammates"][number];
