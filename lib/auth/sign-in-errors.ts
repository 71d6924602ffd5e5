/** Codes the sign-in form turns into sentences from the message catalog. */
export const SIGN_IN_ERRORS = {
  invalid: "invalid_credentials",
  deactivated: "deactivated",
  /** Followed by ":" and the time the lock ends. */
  throttled: "throttled",
  /** Followed by ":" and the time the next try is allowed. */
  slowed: "slowed",
} as const;
