import { z } from "zod";

/* The contact panel's shapes: what the team knows of a customer, and how it is changed. Browser-safe. */

export const MAX_DISPLAY_NAME = 80;
export const MAX_CONTACT_NOTE = 2_000;

const isoTime = z.iso.datetime({ offset: true });

export const saveContactSchema = z.object({
  conversationId: z
    .number("validation.conversation")
    .int("validation.conversation")
    .positive("validation.conversation")
    .max(2_147_483_647, "validation.conversation"),
  /** Empty clears the name: the destination shows again. */
  displayName: z
    .string()
    .trim()
    .max(MAX_DISPLAY_NAME)
    .transform((name) => name.replace(/\s+/g, " ") || null),
  note: z.string().max(MAX_CONTACT_NOTE).transform((note) => note.trim()),
});

export const contactResponseSchema = z.object({
  conversationId: z.number().int(),
  destination: z.string(),
  platform: z.string(),
  channelName: z.string(),
  displayName: z.string().nullable(),
  note: z.string(),
  /** Who last changed the name or note, and when; null until anyone did. */
  updatedBy: z.string().nullable(),
  updatedAt: isoTime.nullable(),
  firstMessageAt: isoTime.nullable(),
  lastMessageAt: isoTime.nullable(),
  /** The same destination's conversations on other channels. */
  otherChats: z.array(
    z.object({
      conversationId: z.number().int(),
      platform: z.string(),
      channelName: z.string(),
      status: z.string(),
      lastMessageAt: isoTime.nullable(),
    }),
  ),
});

export type SaveContactInput = z.input<typeof saveContactSchema>;
export type ContactResponse = z.infer<typeof contactResponseSchema>;
