import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as delay } from "node:timers/promises";
import { callApi } from "./api";
import type { SandboxContext } from "./context";
import { BodyTooLarge, parseBasicAuth, readBody, send, sendJson } from "./http";
import { renderEnvelope } from "./wire";

/**
 * Collects the call's parameters: the query string, then a form-encoded body over it, then
 * Basic credentials over user and password.
 */
export function collectParams(req: IncomingMessage, body: string): Map<string, string> {
  const params = new Map<string, string>();
  const url = new URL(req.url ?? "/", "http://sandbox.invalid");
  for (const [key, value] of url.searchParams) if (!params.has(key)) params.set(key, value);
  const contentType = (req.headers["content-type"] ?? "").toLowerCase();
  const isForm = contentType === "" || contentType.startsWith("application/x-www-form-urlencoded");
  if (body !== "" && isForm) {
    const seen = new Set<string>();
    for (const [key, value] of new URLSearchParams(body)) {
      if (seen.has(key)) continue;
      seen.add(key);
      params.set(key, value);
    }
  }
  const basic = parseBasicAuth(req.headers.authorization);
  if (basic) {
    params.set("user", basic.user);
    params.set("password", basic.password);
  }
  return params;
}

/** One call of /api/http/: counted, then delayed or faulted as configured, then answered. */
export async function handleApiRequest(req: IncomingMessage, res: ServerResponse, ctx: SandboxContext): Promise<void> {
  let body: string;
  try {
    body = await readBody(req);
  } catch (error) {
    if (error instanceof BodyTooLarge) sendJson(res, 413, { error: error.message });
    else res.destroy();
    return;
  }
  const params = collectParams(req, body);
  const method = params.get("method") ?? null;
  ctx.stats.record({
    at: new Date(ctx.now()).toISOString(),
    httpMethod: req.method ?? "GET",
    url: req.url ?? "",
    contentType: req.headers["content-type"] ?? null,
    basicAuth: parseBasicAuth(req.headers.authorization) !== undefined,
    method,
  });

  const plan = ctx.faults.plan(method);
  if (plan.latencyMs > 0) await delay(plan.latencyMs, undefined, { ref: false });
  const errorEnvelope = (code: string) => renderEnvelope({ ok: false, code }, ctx.dialect);
  if (plan.injection?.when === "before") return ctx.faults.perform(res, plan.injection, errorEnvelope);

  const lateMs = plan.injection?.lateMs;
  if (plan.injection && lateMs) {
    // The answer is lost now; the call itself is carried out later, as a queueing upstream would.
    ctx.faults.perform(res, plan.injection, errorEnvelope);
    setTimeout(() => callApi(params, ctx.account, ctx.store), lateMs).unref();
    return;
  }
  const outcome = callApi(params, ctx.account, ctx.store);
  if (plan.injection) return ctx.faults.perform(res, plan.injection, errorEnvelope);
  send(res, 200, "application/json; charset=utf-8", renderEnvelope(outcome, ctx.dialect));
}
