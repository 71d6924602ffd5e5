import type { z } from "zod";

/** One sentence a person can act on, from zod's issues ("message: Must not be empty."). */
export function describeZodError(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const field = issue.path.join(".");
    const message = issue.message.replace(/\.$/, "");
    return field ? `${field}: ${message}` : message;
  });
  return `${parts.join("; ")}.`;
}
