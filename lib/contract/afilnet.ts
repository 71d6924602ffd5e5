/*
 * What the browser and the server both know of Afilnet: its platforms, its file types, what
 * counts as a fetchable file address, and a sentence for each error code it answers.
 * Browser-safe: no server code here.
 */

export const platforms = ["webchat", "whatsapp", "telegram", "operator"] as const;
export type Platform = (typeof platforms)[number];

export const fileTypes = ["image", "video", "audio", "voice", "document", "contact"] as const;
export type FileType = (typeof fileTypes)[number];

/** True for an absolute http(s) URL, the only kind a platform can fetch a file from. */
export function isAbsoluteHttpUrl(value: string): boolean {
  if (value !== value.trim() || value === "") return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/**
 * English sentences, one per code the contract lists, for the server's logs and the client's
 * errors. What a person reads comes from the catalogs (`afilnetSentence`), whose English
 * entries are these very sentences (a unit test keeps them equal).
 */
const sentences = {
  MISSING_USER:
    "The request to Afilnet carried no account user name. An administrator must configure the Afilnet credentials.",
  MISSING_PASSWORD:
    "The request to Afilnet carried no account password. An administrator must configure the Afilnet credentials.",
  MISSING_CLASS:
    "The request to Afilnet did not name an API class. This is a fault of the application; report it to an administrator.",
  MISSING_METHOD:
    "The request to Afilnet did not name an API method. This is a fault of the application; report it to an administrator.",
  MISSING_COMPULSORY_PARAM:
    "A required field was missing or empty, such as the channel, the recipient or the message text. Fill it in and try again.",
  INCORRECT_USER_PASSWORD:
    "Afilnet refused the account's user name or password. An administrator must correct the credentials.",
  INCORRECT_CLASS:
    "Afilnet did not recognise the API class requested. This is a fault of the application; report it to an administrator.",
  INCORRECT_METHOD:
    "Afilnet did not recognise the API method requested. This is a fault of the application; report it to an administrator.",
  CHANNEL_NOT_FOUND:
    "Afilnet has no channel with this platform and id on the account. The channel may have been removed; reload the channel list.",
  CHAT_NOT_FOUND:
    "Afilnet has no conversation with this recipient on this channel. Check the recipient, or wait for the customer to write first.",
  INCORRECT_FILETYPE:
    "The file type is not one Afilnet accepts. Choose image, video, audio, voice, document or contact.",
  INCORRECT_FILEURL:
    "The file address is not a valid web address. Give an absolute http or https link the platform can download.",
  INCORRECT_THUMBURL:
    "The thumbnail address is not a valid web address. Give an absolute http or https link, or leave it empty.",
  NO_CREDITS:
    "The Afilnet account has run out of credit. An administrator must top it up before anything more can be sent.",
  NO_ROUTE_AVAILABLE:
    "Afilnet has no route to deliver this message right now. Try again later; if it persists, an administrator should contact Afilnet.",
} as const;

export type AfilnetCode = keyof typeof sentences;

export const afilnetCodes = Object.keys(sentences) as AfilnetCode[];

export function isKnownAfilnetCode(code: string): code is AfilnetCode {
  return Object.prototype.hasOwnProperty.call(sentences, code);
}

/** A sentence for any code; an unknown one is named verbatim so that it still reaches a person. */
export function explainAfilnetCode(code: string): string {
  if (isKnownAfilnetCode(code)) return sentences[code];
  return (
    `Afilnet answered with the error code ${code || "(none)"}, which this application does not know. ` +
    "If it persists, an administrator should look it up with Afilnet."
  );
}

/** What a person reads for a code, as a catalog key: `afilnet.codes.<CODE>`, or one naming an unknown code. */
export function afilnetSentence(code: string): { key: string; values?: { code: string } } {
  if (isKnownAfilnetCode(code)) return { key: `afilnet.codes.${code}` };
  return { key: "afilnet.unknownCode", values: { code: code || "(none)" } };
}
