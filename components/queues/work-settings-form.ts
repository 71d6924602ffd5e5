import type { Translator } from "@/lib/contract/sentence";
import { issueText } from "@/lib/contract/validation";
import { workSettingsSchema, type WorkSettings } from "@/lib/contract/work";

/*
 * The work settings form's fields and their check, with the server's own schema (so that the
 * sentences are the ones the server would answer). Pure, so it is tested without a browser.
 */

export interface WorkSettingsFields {
  autoResolvePendingDays: string;
  autoAssign: boolean;
  autoAssignCap: string;
}

export type WorkSettingsErrors = Partial<Record<keyof WorkSettings, string>>;

export function fieldsOf(settings: WorkSettings): WorkSettingsFields {
  return { autoResolvePendingDays: String(settings.autoResolvePendingDays), autoAssign: settings.autoAssign, autoAssignCap: String(settings.autoAssignCap) };
}

/** Only plain whole or decimal numbers count; "1e3", "0x10" or "" are not numbers of days (NaN, which the schema refuses). */
export function parseNumber(text: string): number {
  const trimmed = text.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The settings to save, or a sentence per field that is wrong. */
export function readWorkSettings(fields: WorkSettingsFields, t: Translator): { ok: true; settings: WorkSettings } | { ok: false; errors: WorkSettingsErrors } {
  const parsed = workSettingsSchema.safeParse({
    autoResolvePendingDays: parseNumber(fields.autoResolvePendingDays),
    autoAssign: fields.autoAssign,
    autoAssignCap: parseNumber(fields.autoAssignCap),
  });
  if (parsed.success) return { ok: true, settings: parsed.data };
  const errors: WorkSettingsErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof WorkSettings | undefined;
    // The first sentence per field is the one that says what to fix.
    if (field && !errors[field]) errors[field] = issueText(issue, t);
  }
  return { ok: false, errors };
}

export const sameSettings = (a: WorkSettings, b: WorkSettings) =>
  a.autoResolvePendingDays === b.autoResolvePendingDays && a.autoAssign === b.autoAssign && a.autoAssignCap === b.autoAssignCap;
