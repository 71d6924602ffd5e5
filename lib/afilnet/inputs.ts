import { z } from "zod";
import { fileTypes, isAbsoluteHttpUrl, platforms, type AfilnetCode } from "@/lib/contract/afilnet";

/*
 * What the client accepts from its callers before it spends a request. These schemas import
 * nothing but zod and the contract, so a client component can validate a form with the very
 * rules the server applies. Their messages are catalog keys of Afilnet's codes.
 */

export { fileTypes, isAbsoluteHttpUrl, platforms, type FileType, type Platform } from "@/lib/contract/afilnet";

/** The error code Afilnet would answer for a bad value in each input field. */
export const refusalCodes = {
  platform: "CHANNEL_NOT_FOUND",
  platformId: "MISSING_COMPULSORY_PARAM",
  destination: "MISSING_COMPULSORY_PARAM",
  message: "MISSING_COMPULSORY_PARAM",
  type: "INCORRECT_FILETYPE",
  fileUrl: "INCORRECT_FILEURL",
  thumbUrl: "INCORRECT_THUMBURL",
} as const satisfies Record<string, AfilnetCode>;

export type InputField = keyof typeof refusalCodes;

const sentence = (field: InputField) => `afilnet.codes.${refusalCodes[field]}`;

/** Afilnet ids reach us as numbers or strings; callers may pass either, the wire gets text. */
const requiredText = (field: InputField) =>
  z
    .union([z.string(), z.number().finite()], { error: sentence(field) })
    .transform((value) => String(value))
    .refine((value) => value.trim() !== "", { error: sentence(field) });

const httpUrl = (field: InputField) =>
  z.string({ error: sentence(field) }).refine(isAbsoluteHttpUrl, { error: sentence(field) });

export const channelInputSchema = z.object({
  platform: z.enum(platforms, { error: sentence("platform") }),
  platformId: requiredText("platformId"),
});

export const chatInputSchema = channelInputSchema.extend({
  destination: requiredText("destination"),
});

export const sendMessageInputSchema = chatInputSchema.extend({
  message: z
    .string({ error: sentence("message") })
    .refine((value) => value.trim() !== "", { error: sentence("message") }),
});

export const sendFileInputSchema = chatInputSchema.extend({
  type: z.enum(fileTypes, { error: sentence("type") }),
  fileUrl: httpUrl("fileUrl"),
  // A form may hand over "" for an untouched optional field; that means "no thumbnail".
  thumbUrl: z
    .string({ error: sentence("thumbUrl") })
    .refine((value) => value === "" || isAbsoluteHttpUrl(value), { error: sentence("thumbUrl") })
    .transform((value) => (value === "" ? undefined : value))
    .optional(),
  message: z.string({ error: sentence("message") }).optional(),
});

export type ChannelInput = z.input<typeof channelInputSchema>;
export type ChatInput = z.input<typeof chatInputSchema>;
export type SendMessageInput = z.input<typeof sendMessageInputSchema>;
export type SendFileInput = z.input<typeof sendFileInputSchema>;

/**
 * The code to refuse an input with, from the first failing field of a zod error. A field the
 * table does not know (it cannot happen with these schemas) counts as a missing parameter.
 */
export function refusalFor(error: z.ZodError): { code: AfilnetCode; field: string } {
  const issue = error.issues[0];
  const field = typeof issue?.path[0] === "string" ? issue.path[0] : "";
  const code = field in refusalCodes ? refusalCodes[field as InputField] : "MISSING_COMPULSORY_PARAM";
  return { code, field };
}
