import { z } from "zod";
import { fileTypes, isAbsoluteHttpUrl } from "./afilnet";
import { INT4_MAX } from "./ids";

/*
 * The composer's rules, applied in the browser before sending and again by the server
 * actions: one schema, so both sides give the same sentence. Messages are catalog keys
 * (see validation.ts). Browser-safe.
 */

const clientId = z.uuid("validation.sendId");
const conversationId = z.number("validation.conversation").int("validation.conversation").positive("validation.conversation").max(INT4_MAX, "validation.conversation");

export const MAX_TEXT_LENGTH = 4096;

export const sendTextSchema = z.object({
  clientId,
  conversationId,
  text: z
    .string()
    .refine((value) => value.trim() !== "", "validation.textEmpty")
    .max(MAX_TEXT_LENGTH, "validation.textTooLong"),
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
  type: z.enum(fileTypes, "afilnet.codes.INCORRECT_FILETYPE"),
  fileUrl: z.string().trim().refine(isAbsoluteHttpUrl, "afilnet.codes.INCORRECT_FILEURL"),
  thumbUrl: optionalUrl("afilnet.codes.INCORRECT_THUMBURL"),
  caption: z.string().max(1024, "validation.captionTooLong").optional(),
});

export const sendRefSchema = z.object({ clientId });

export type SendTextInput = z.input<typeof sendTextSchema>;
export type SendFileInput = z.input<typeof sendFileSchema>;
