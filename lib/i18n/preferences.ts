import { z } from "zod";
import { canonicalTimeZone, LOCALES } from "./locales";

/*
 * What the header's picker may save on the agent. Browser-safe, like the list it checks
 * against. Messages are catalog keys (preferences.errors.*), spoken in the reader's language.
 */

const TIME_ZONE_REFUSAL = "preferences.errors.timeZone";

export const timeZoneSchema = z
  .string(TIME_ZONE_REFUSAL)
  .max(64, TIME_ZONE_REFUSAL)
  .transform((value, context) => {
    const zone = canonicalTimeZone(value);
    if (zone) return zone;
    context.addIssue({ code: "custom", message: TIME_ZONE_REFUSAL });
    return z.NEVER;
  });

export const preferencesInputSchema = z
  .object({
    locale: z.enum(LOCALES, "preferences.errors.locale").optional(),
    timeZone: timeZoneSchema.optional(),
  })
  .strict()
  .refine((input) => input.locale !== undefined || input.timeZone !== undefined, "preferences.errors.nothing");

export type PreferencesInput = z.input<typeof preferencesInputSchema>;
