/*
 * The two ways a call to Afilnet fails, kept apart because they call for different reactions:
 * an API error is Afilnet's considered answer (retrying changes nothing), a transport error
 * means no usable answer arrived (a read may be retried). The sentence for each code lives in
 * lib/contract/afilnet.ts, so that the browser can show it too.
 */

import { explainAfilnetCode, type AfilnetCode } from "@/lib/contract/afilnet";

export { afilnetCodes, explainAfilnetCode, isKnownAfilnetCode, type AfilnetCode } from "@/lib/contract/afilnet";

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
