import { z } from "zod";
import { AfilnetApiError, AfilnetTransportError } from "./errors";

/*
 * Every answer is {"status": "SUCCESS", "result": ...} or {"status": "ERROR", "error": CODE}.
 * Anything else that arrives with HTTP 200 (an HTML page from a proxy, an empty body, other
 * JSON) is a fault of the transport, never an API error.
 */

const envelopeSchema = z.object({
  status: z.string(),
  result: z.unknown().optional(),
  error: z.unknown().optional(),
});

export function malformed(method: string, reason: string): AfilnetTransportError {
  return new AfilnetTransportError("malformed", `Afilnet's answer to ${method} was not usable: ${reason}.`, {
    method,
  });
}

/** The `result` of a successful answer; throws the API's error or a malformed-answer fault. */
export function openEnvelope(body: string, method: string): unknown {
  const trimmed = body.trim();
  if (trimmed === "") throw malformed(method, "the body was empty");
  if (trimmed.startsWith("<")) throw malformed(method, "it was an HTML page, not JSON");
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    throw malformed(method, "it was not JSON");
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) throw malformed(method, "it was JSON without the status envelope");
  const status = envelope.data.status.trim().toUpperCase();
  if (status === "SUCCESS") return envelope.data.result;
  if (status === "ERROR") {
    const code = envelope.data.error;
    if (typeof code !== "string" || code.trim() === "") throw malformed(method, "an error answer carried no code");
    throw new AfilnetApiError(code.trim(), { method });
  }
  throw malformed(method, "its status was neither SUCCESS nor ERROR");
}

/** Parses a result with a schema, turning a mismatch into a malformed-answer fault. */
export function parseResult<T>(schema: z.ZodType<T>, result: unknown, method: string, what: string): T {
  const parsed = schema.safeParse(result);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
    throw malformed(method, `${what} did not have the expected shape${where}`);
  }
  return parsed.data;
}
