/*
 * The variables of a canned reply: `{{contact.name}}`, `{{agent.name}}`, `{{channel.name}}`,
 * with spaces inside the braces tolerated (`{{ contact.name }}`). One grammar for both sides:
 * the server refuses to save a reply that names any other variable, and the composer fills
 * the known ones on insert. Browser-safe.
 */

export const CANNED_VARIABLES = ["contact.name", "agent.name", "channel.name"] as const;
export type CannedVariable = (typeof CANNED_VARIABLES)[number];

/** Everything between double braces is a variable, known or not; a single brace is plain text. */
const VARIABLE = /\{\{([^{}]*)\}\}/g;

const isKnown = (name: string): name is CannedVariable => (CANNED_VARIABLES as readonly string[]).includes(name);

/** The variables a text names that are not known, as `{{name}}` (inner spaces dropped), once each, in order. */
export function unknownVariables(text: string): string[] {
  const unknown = new Set<string>();
  for (const match of text.matchAll(VARIABLE)) {
    const name = match[1]!.trim();
    if (!isKnown(name)) unknown.add(`{{${name}}}`);
  }
  return [...unknown];
}

/** The values the composer fills in: who the customer is, who answers, and on which channel. */
export type VariableValues = Record<CannedVariable, string>;

/** The text with every known variable replaced by its value; anything else is left as written. */
export function fillVariables(text: string, values: VariableValues): string {
  return text.replace(VARIABLE, (whole, inner: string) => {
    const name = inner.trim();
    return isKnown(name) ? values[name] : whole;
  });
}

/** The known variables as they are written, for the sentence that lists them. */
export const VARIABLE_SAMPLES = Object.fromEntries(CANNED_VARIABLES.map((name) => [name.split(".")[0]!, `{{${name}}}`])) as Record<
  "contact" | "agent" | "channel",
  string
>;
