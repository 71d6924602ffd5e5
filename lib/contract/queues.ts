import { z } from "zod";
import { syncStatusSchema } from "./inbox";

/* Shapes of the supervisor's endpoints; shared with the browser. No server code here. */

const isoTime = z.iso.datetime({ offset: true });
export const waitStateSchema = z.enum(["within", "near", "past"]);

const count = z.number().int();

const queueFiguresSchema = z.object({
  unreadConversations: count,
  unreadMessages: count,
  /** Open conversations; waiting and every wait figure count open ones only. */
  openConversations: count,
  unassignedConversations: count,
  pendingConversations: count,
  snoozedConversations: count,
  waitingConversations: z.number().int(),
  oldestWaitingSince: isoTime.nullable(),
  overdueConversations: z.number().int(),
  /** Open WhatsApp conversations waiting whose 24-hour reply window closes within 2 hours. */
  windowClosingConversations: count,
  lastInboundAt: isoTime.nullable(),
  lastReplyAt: isoTime.nullable(),
  state: waitStateSchema,
});

export const availabilitySchema = z.enum(["online", "away", "offline"]);

/** One row of the supervisor's Agents table: availability, load, and today's replies. */
export const agentFiguresSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string(),
  availability: availabilitySchema,
  openAssigned: count,
  waiting: count,
  oldestWaitingSince: isoTime.nullable(),
  repliesToday: count,
  medianFirstResponseSeconds: count.nullable(),
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
  agents: z.array(agentFiguresSchema),
  /** The team's settings for conversations as work (lib/contract/work.ts). */
  workSettings: z.object({ autoResolvePendingDays: count, autoAssign: z.boolean(), autoAssignCap: count }),
});

const assigneeSchema = z.object({ id: z.string(), name: z.string() }).nullable();

const waitingConversationSchema = z.object({
  id: z.number().int(),
  destination: z.string(),
  /** The contact's name as the team set it; null until set. */
  displayName: z.string().nullable(),
  channelId: z.number().int(),
  channelName: z.string(),
  waitingSince: isoTime,
  unreadCount: count,
  lastText: z.string(),
  state: waitStateSchema,
  assignee: assigneeSchema,
});

/** A channel's (or an agent's) waiting conversations, longest first. */
export const waitingResponseSchema = z.object({
  channelId: z.number().int().optional(),
  agentId: z.string().optional(),
  thresholdSeconds: z.number().int(),
  conversations: z.array(waitingConversationSchema),
});

export const trendResponseSchema = z.object({
  range: z.enum(["1h", "24h"]),
  channels: z.array(z.object({ id: z.number().int(), name: z.string(), platform: z.string() })),
  /** Per point, per channel id: conversations waiting (`channels`) and those past the threshold (`overdue`). */
  points: z.array(z.object({ at: isoTime, channels: z.record(z.string(), count), overdue: z.record(z.string(), count) })),
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
  }, "validation.timeZone");

/** Thresholds are edited in whole minutes, from one minute to one day. */
export const thresholdMinutesSchema = z
  .number("validation.thresholdMinutes")
  .int("validation.thresholdMinutes")
  .min(1, "validation.thresholdMin")
  .max(1440, "validation.thresholdMax");

export const queuesQuerySchema = z.object({ tz: timeZone.default("UTC") });
export const trendQuerySchema = z.object({ range: z.enum(["1h", "24h"], { message: "validation.trendRange" }).default("1h") });

export type QueueRow = z.infer<typeof queueRowSchema>;
export type QueuesResponse = z.infer<typeof queuesResponseSchema>;
export type WaitingResponse = z.infer<typeof waitingResponseSchema>;
export type TrendResponse = z.infer<typeof trendResponseSchema>;
export type WaitState = z.infer<typeof waitStateSchema>;
export type AgentFigures = z.infer<typeof agentFiguresSchema>;
export type Availability = z.infer<typeof availabilitySchema>;
