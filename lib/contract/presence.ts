import { z } from "zod";

/* Who else has a conversation open: the shapes of the presence route. Browser-safe. */

/** A tab says it is still there this often; someone silent for PRESENCE_TTL_MS has left. */
export const PRESENCE_HEARTBEAT_MS = 3_000;
export const PRESENCE_TTL_MS = 10_000;

const conversationId = z
  .number("validation.conversation")
  .int("validation.conversation")
  .positive("validation.conversation")
  .max(2_147_483_647, "validation.conversation");

export const presenceBeatSchema = z.object({
  /** The conversation this tab shows; null when none. */
  viewing: conversationId.nullable(),
  /** Whether the agent is writing a reply in it. */
  typing: z.boolean(),
  /** A conversation this tab has just left, to be gone at once rather than when it expires. */
  left: conversationId.nullable().optional(),
});

export const presenceResponseSchema = z.object({
  /** Everyone else with a conversation open, now. */
  others: z.array(z.object({ conversationId: z.number().int(), agentId: z.string(), name: z.string(), typing: z.boolean() })),
});

export type PresenceBeat = z.infer<typeof presenceBeatSchema>;
export type PresenceResponse = z.infer<typeof presenceResponseSchema>;
export type Presence = PresenceResponse["others"][number];
