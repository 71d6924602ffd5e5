import { z } from "zod";
import { explainAfilnetCode, fileTypes, isAbsoluteHttpUrl } from "./afilnet";
import { INT4_MAX } from "./ids";

/*
 * The composer's rules, applied in the browser before sending and again by the server
 * actions: one schema, so both sides give the same sentence. Browser-safe.
 */

const clientId = z.uuid("The send has no valid id; reload the page.");
const conversationId = z.number("Choose a conversation.").int("Choose a conversation.").positive("Choose a conversation.").max(INT4_MAX, "Choose a conversation.");

export const MAX_TEXT_LENGTH = 4096;

export const sendTextSchema = z.object({
  clientId,
  conversationId,
  text: z
    .string()
    .refine((value) => value.trim() !== "", "Write a message before sending.")
    .refine((value) => value.length <= MAX_TEXT_LENGTH, `A message can have at most ${MAX_TEXT_LENGTH} characters.`),
});

const optionalUrl = (message: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === "" || isAbsoluteHttpUrl(value), message)
    .transform((value) => (value === "" ? undefined : value))
    .optional();

export const sendFileSchema = z.object({
  clientId,
  conversationId,
  type: z.enum(fileTypes, explainAfilnetCode("INCORRECT_FILETYPE")),
  fileUrl: z.string().trim().refine(isAbsoluteHttpUrl, explainAfilnetCode("INCORRECT_FILEURL")),
  thumbUrl: optionalUrl(explainAfilnetCode("INCORRECT_THUMBURL")),
  caption: z.string().max(1024, "A caption can have at most 1024 characters.").optional(),
});

export const sendRefSchema = z.object({ clientId });

export type SendTextInput = z.input<typeof sendTextSchema>;
export type SendFileInput = z.input<typeof sendFileSchema>;
