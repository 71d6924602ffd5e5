/*
 * The typed client of Afilnet's chat API (class=chat). Browser code should import from
 * "@/lib/afilnet/inputs" and "@/lib/afilnet/errors" instead, which pull in no server code.
 */
export { createAfilnetClient, type AfilnetClient } from "./client";
export { AfilnetOptionsError, type AfilnetClientOptions } from "./options";
export type { AfilnetAuth } from "./transport";
export type { CallOutcome } from "./call-log";
export {
  AfilnetApiError,
  AfilnetTransportError,
  accountErrorCodes,
  afilnetCodes,
  explainAfilnetCode,
  isAccountError,
  isKnownAfilnetCode,
  type AfilnetCode,
  type AfilnetError,
  type AfilnetTransportKind,
} from "./errors";
export {
  channelInputSchema,
  chatInputSchema,
  fileTypes,
  isAbsoluteHttpUrl,
  platforms,
  refusalCodes,
  sendFileInputSchema,
  sendMessageInputSchema,
  type ChannelInput,
  type ChatInput,
  type FileType,
  type Platform,
  type SendFileInput,
  type SendMessageInput,
} from "./inputs";
export type { AfilnetChannel, AfilnetFile, AfilnetMessage, AfilnetSendResult } from "./schemas";
export { parseAfilnetDatetime } from "./datetime";
