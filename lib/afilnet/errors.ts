/*
 * The two ways a call to Afilnet fails, kept apart because they call for different reactions:
 * an API error is Afilnet's considered answer (retrying changes nothing), a transport error
 * means no usable answer arrived (a read may be retried). Nothing here imports Node modules, so
 * the sentences can be shown in the browser too.
 */

/** Sentences for a support agent, one per code the contract lists. */
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

/** Codes that say the account or the application is misconfigured: retrying soon is pointless. */
export const accountErrorCodes: readonly AfilnetCode[] = [
  "MISSING_USER",
  "MISSING_PASSWORD",
  "INCORRECT_USER_PASSWORD",
  "NO_CREDITS",
  "MISSING_CLASS",
  "MISSING_METHOD",
  "INCORRECT_CLASS",
  "INCORRECT_METHOD",
];

/*
 * A server build may hold more than one copy of this module (Next bundles the start-up code
 * and the routes apart), so an error thrown by one copy must still be recognised by another:
 * the classes match by a registered brand rather than by identity.
 */
const BRAND = Symbol.for("operator-inbox.afilnet-error");

function hasBrand(value: unknown, brand: string): boolean {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === brand;
}

export class AfilnetApiError extends Error {
  static [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, "api");
  }

  readonly [BRAND] = "api";
  override readonly name = "AfilnetApiError";
  readonly code: string;
  readonly explanation: string;
  /** True when the client refused the input itself and no request was made. */
  readonly local: boolean;
  /** The API method of the call, e.g. "sendfile". */
  readonly method: string | undefined;
  /** For a local refusal, the input field at fault. */
  readonly field: string | undefined;

  constructor(code: string, options: { local?: boolean; method?: string; field?: string } = {}) {
    const explanation = explainAfilnetCode(code);
    super(`${explanation} (${code})`);
    this.code = code;
    this.explanation = explanation;
    this.local = options.local ?? false;
    this.method = options.method;
    this.field = options.field;
  }

  toJSON() {
    const { name, code, explanation, local, method, field, message } = this;
    return { name, code, explanation, local, method, field, message };
  }
}

export type AfilnetTransportKind = "timeout" | "network" | "http" | "malformed";

export class AfilnetTransportError extends Error {
  static [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, "transport");
  }

  readonly [BRAND] = "transport";
  override readonly name = "AfilnetTransportError";
  readonly kind: AfilnetTransportKind;
  /** The HTTP status, for kind "http". */
  readonly status: number | undefined;
  readonly method: string | undefined;

  constructor(kind: AfilnetTransportKind, message: string, options: { status?: number; method?: string } = {}) {
    super(message);
    this.kind = kind;
    this.status = options.status;
    this.method = options.method;
  }

  toJSON() {
    const { name, kind, status, method, message } = this;
    return { name, kind, status, method, message };
  }
}

export type AfilnetError = AfilnetApiError | AfilnetTransportError;

export function isAccountError(err: unknown): boolean {
  return err instanceof AfilnetApiError && (accountErrorCodes as readonly string[]).includes(err.code);
}
