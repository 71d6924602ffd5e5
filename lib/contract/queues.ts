import { z } from "zod";
import { syncStatusSchema } from "./inbox";

/* Shapes of the supervisor's endpoints; shared with the browser. No server code here. */

const isoTime = z.iso.datetime({ offset: true });
export const waitStateSchema = z.enum(["within", "near", "past"]);

const queueFiguresSchema = z.object({
  unreadConversations: z.number().int(),
  unreadMessages: z.number().int(),
  waitingConversations: z.number().int(),
  oldestWaitingSince: isoTime.nullable(),
  overdueConversations: z.number().int(),
  lastInboundAt: isoTime.nullable(),
  lastReplyAt: isoTime.nullable(),
  state: waitStateSchema,
});

export const queueRowSchema = queueFiguresSchema.extend({
  channelId: z.number().int(),
  platform: z.string(),
  name: z.string(),
  active: z.boolean(),
  thresholdSeconds: z.number().int(),
  thresholdOverridden: z.boolean(),
});

export const queuesResponseSchema = z.object({
  generatedAt: isoTime,
  sync: syncStatusSchema,
  defaultThresholdSeconds: z.number().int(),
  channels: z.array(queueRowSchema),
  total: queueFiguresSchema,
  team: z.object({
    active: z.array(z.object({ id: z.string(), name: z.string(), role: z.string(), lastActiveAt: isoTime })),
    repliesToday: z.array(z.object({ agentId: z.string(), name: z.string(), replies: z.number().int() })),
    firstResponseToday: z.array(z.object({ channelId: z.number().int(), medianSeconds: z.number().int(), replies: z.number().int() })),
  }),
});

export const waitingResponseSchema = z.object({
  channelId: z.number().int(),
  thresholdSeconds: z.number().int(),
  conversations: z.array(
    z.object({ id: z.number().int(), destination: z.string(), waitingSince: isoTime, unreadCount: z.number().int(), lastText: z.string(), state: waitStateSchema }),
  ),
});

export const trendResponseSchema = z.object({
  range: z.enum(["1h", "24h"]),
  channels: z.array(z.object({ id: z.number().int(), name: z.string(), platform: z.string() })),
  points: z.array(z.object({ at: isoTime, channels: z.record(z.string(), z.number().int()) })),
});

const timeZone = z
  .string()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, "must be an IANA time zone such as Europe/Madrid");

/** Thresholds are edited in whole minutes, from one minute to one day. */
export const thresholdMinutesSchema = z
  .number("Give the threshold in whole minutes.")
  .int("Give the threshold in whole minutes.")
  .min(1, "A threshold must be at least 1 minute.")
  .max(1440, "A threshold can be at most 1440 minutes (one day).");

export const queuesQuerySchema = z.object({ tz: timeZone.default("UTC") });
export const trendQuerySchema = z.object({ range: z.enum(["1h", "24h"], { message: 'must be "1h" or "24h"' }).default("1h") });

export type QueueRow = z.infer<typeof queueRowSchema>;
export type QueuesResponse = z.infer<typeof queuesResponseSchema>;
export type WaitingResponse = z.infer<typeof waitingResponseSchema>;
export type TrendResponse = z.infer<typeof trendResponseSchema>;
export type WaitState = z.infer<typeof waitStateSchema>;
