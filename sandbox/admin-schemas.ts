import { z } from "zod";
import { API_METHODS } from "./api";
import { FAULT_KINDS } from "./faults";
import { parseSeed } from "./seeds";
import { FILE_TYPES, PLATFORMS, isHttpUrl } from "./types";

const list = (values: readonly string[]) => values.join(", ");
const notObject = { error: "The body must be a JSON object." };

const platform = z.enum(PLATFORMS, { error: `platform must be one of ${list(PLATFORMS)}.` });
const platformId = z
  .union([z.string().trim().min(1), z.number().int().nonnegative()], {
    error: "platformId must be a non-empty string or a whole number.",
  })
  .transform(String);

/** A message written from outside the API: a customer (inbound) or the vendor's panel (outbound). */
export const messageBody = z
  .strictObject(
    {
      platform,
      platformId,
      destination: z.string({ error: "destination must be a non-empty string." }).trim().min(1, "destination must be a non-empty string.").max(200, "destination is longer than 200 characters."),
      message: z.string({ error: "message must be a string." }).max(10_000, "message is longer than 10,000 characters.").optional(),
      type: z.enum(FILE_TYPES, { error: `type must be one of ${list(FILE_TYPES)}.` }).optional(),
      fileUrl: z.string({ error: "fileUrl must be a string." }).refine(isHttpUrl, "fileUrl must be an absolute http(s) URL.").optional(),
      thumbUrl: z.string({ error: "thumbUrl must be a string." }).refine(isHttpUrl, "thumbUrl must be an absolute http(s) URL.").optional(),
      at: z.iso.datetime({ offset: true, error: "at must be an ISO 8601 date and time, such as 2025-01-31T09:30:00Z." }).optional(),
    },
    notObject,
  )
  .superRefine((body, ctx) => {
    if (body.type === undefined && (body.message === undefined || body.message.trim() === "")) {
      ctx.addIssue({ code: "custom", message: "message is required (a non-empty text) unless type gives a file." });
    }
    if (body.type !== undefined && body.fileUrl === undefined) {
      ctx.addIssue({ code: "custom", message: "fileUrl is required when type is given." });
    }
    if (body.type === undefined && (body.fileUrl !== undefined || body.thumbUrl !== undefined)) {
      ctx.addIssue({ code: "custom", message: "fileUrl and thumbUrl need a type (image, video, audio, voice, document or contact)." });
    }
  });
export type MessageBody = z.infer<typeof messageBody>;

export const dialectBody = z.strictObject(
  {
    statusCase: z.enum(["upper", "lower"], { error: "statusCase must be upper or lower." }).optional(),
    listShape: z.enum(["array", "object"], { error: "listShape must be array or object." }).optional(),
    idsAs: z.enum(["number", "string"], { error: "idsAs must be number or string." }).optional(),
    flagAs: z.enum(["number", "string", "boolean"], { error: "flagAs must be number, string or boolean." }).optional(),
    datetime: z.enum(["sql", "iso", "unix"], { error: "datetime must be sql, iso or unix." }).optional(),
  },
  notObject,
);

export const faultsBody = z
  .strictObject(
    {
      latencyMs: z.number({ error: "latencyMs must be a number." }).int("latencyMs must be a whole number.").min(0, "latencyMs cannot be negative.").max(600_000, "latencyMs can be at most 600000 (ten minutes).").optional(),
      errorRate: z.number({ error: "errorRate must be a number." }).min(0, "errorRate must be between 0 and 1.").max(1, "errorRate must be between 0 and 1.").optional(),
      kind: z.enum(FAULT_KINDS, { error: `kind must be one of ${list(FAULT_KINDS)}.` }).optional(),
      code: z.string({ error: "code must be a string." }).trim().regex(/^[A-Z0-9_]{1,64}$/, "code must be an error code in capitals, such as NO_CREDITS.").optional(),
      methods: z.array(z.enum(API_METHODS, { error: `methods may only name ${list(API_METHODS)}.` }), { error: "methods must be a list of API method names." }).min(1, "methods, when given, must name at least one method.").optional(),
      when: z.enum(["before", "after"], { error: "when must be before or after." }).optional(),
      lateMs: z.number({ error: "lateMs must be a number." }).int("lateMs must be a whole number.").min(1, "lateMs must be at least 1.").max(600_000, "lateMs can be at most 600000 (ten minutes).").optional(),
      count: z.number({ error: "count must be a number." }).int("count must be a whole number.").positive("count must be at least 1.").optional(),
    },
    notObject,
  )
  .superRefine((body, ctx) => {
    if (body.kind === undefined && body.latencyMs === undefined) {
      ctx.addIssue({ code: "custom", message: "Give latencyMs, kind, or both; to remove faults, send DELETE /_sandbox/faults." });
    }
    if (body.kind === "code" && body.code === undefined) {
      ctx.addIssue({ code: "custom", message: 'kind "code" needs a code, such as NO_CREDITS.' });
    }
    if (body.kind !== "code" && body.code !== undefined) {
      ctx.addIssue({ code: "custom", message: 'code only goes with kind "code".' });
    }
    if (body.kind === undefined && (body.errorRate !== undefined || body.count !== undefined || body.when !== undefined)) {
      ctx.addIssue({ code: "custom", message: "errorRate, count and when only make sense with a kind." });
    }
    if (body.lateMs !== undefined && body.when !== "after") {
      ctx.addIssue({ code: "custom", message: 'lateMs only goes with when "after" (the call is carried out late, after its answer was lost).' });
    }
  });

export const resetBody = z.strictObject(
  {
    seed: z
      .string({ error: "seed must be a string such as demo, empty or large:channels=4,chats=100,messages=10." })
      .transform((value, ctx) => {
        const parsed = parseSeed(value);
        if (parsed.ok) return parsed.seed;
        ctx.addIssue({ code: "custom", message: `seed: ${parsed.error}.` });
        return z.NEVER;
      })
      .optional(),
  },
  notObject,
);

export const customersBody = z.strictObject(
  {
    perMinute: z.number({ error: "perMinute must be a number." }).min(0, "perMinute cannot be negative.").max(6000, "perMinute can be at most 6000."),
  },
  notObject,
);

export const chatsQuery = z.strictObject(
  {
    platform: platform.optional(),
    platformId: z.string().trim().min(1, "platformId must not be empty.").optional(),
    messages: z.enum(["include", "omit"], { error: 'messages must be "include" or "omit".' }).optional(),
  },
  { error: "Unknown query parameter." },
);

/** One sentence from the issues of a failed parse, for a person reading the 400 answer. */
export function explain(error: z.ZodError): string {
  const sentences = error.issues.map((issue) => {
    if (issue.code === "unrecognized_keys") return `Unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}.`;
    return issue.message;
  });
  return [...new Set(sentences)].join(" ");
}
