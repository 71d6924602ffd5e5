/*
 * The error codes an action or a route can answer, and which of them a person sees. A code
 * marked "shown" comes with a sentence meant for the person; "logged" ones are faults whose
 * details stay in the server's log and reach the person as a generic sentence. Browser-safe.
 */

export const errorCodes = {
  unauthenticated: "shown",
  forbidden: "shown",
  bad_request: "shown",
  not_found: "shown",
  conflict: "shown",
  not_retryable: "shown",
  self_deactivation: "shown",
  internal: "logged",
} as const satisfies Record<string, "shown" | "logged">;

export type ErrorCode = keyof typeof errorCodes;

/** Whether the code's sentence is for the person (true) or a fault only the log explains. */
export const isShownCode = (code: ErrorCode): boolean => errorCodes[code] === "shown";

/** What every server action answers: its data, or a code with a sentence. Never an HTTP status. */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; code: ErrorCode; message: string };

/** What a route answers with a 4xx or 5xx status. */
export interface RouteError {
  error: string;
  code: ErrorCode;
}
