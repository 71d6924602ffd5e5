/** Codes the sign-in form turns into sentences from the message catalog. */
export const SIGN_IN_ERRORS = {
  invalid: "invalid_credentials",
  deactivated: "deactivated",
  throttled: "throttled",
} as const;
