import { AfilnetTransportError } from "./errors";

/*
 * One HTTP exchange with Afilnet: a form-encoded POST, credentials in the body or in a Basic
 * Authorization header, never in the URL. Errors carry only sentences built here: the request
 * init, its headers and the fetch implementation's own error text (which may quote them) are
 * never attached.
 */

export type AfilnetAuth = "post" | "basic";

export interface TransportConfig {
  baseUrl: string;
  user: string;
  password: string;
  auth: AfilnetAuth;
  timeoutMs: number;
  fetch: typeof fetch;
}

/** Socket error codes worth naming in a message; anything else is summarised. */
const safeCode = /^[A-Z][A-Z0-9_]{2,40}$/;

function networkDetail(err: unknown): string {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && safeCode.test(code)) return ` (${code})`;
    current = (current as { cause?: unknown }).cause;
  }
  return "";
}

function basicAuthorization(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, "utf8").toString("base64")}`;
}

/** Posts one API call; resolves with the body of a 200 answer. */
export async function postForm(
  config: TransportConfig,
  method: string,
  params: Record<string, string | undefined>,
): Promise<string> {
  const form = new URLSearchParams({ class: "chat", method });
  const headers: Record<string, string> = {
    "content-type": "application/x-www-form-urlencoded;charset=UTF-8",
    accept: "application/json",
  };
  if (config.auth === "basic") {
    headers.authorization = basicAuthorization(config.user, config.password);
  } else {
    form.set("user", config.user);
    form.set("password", config.password);
  }
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) form.set(name, value);
  }

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), config.timeoutMs);
  const timedOut = () => {
    const limit = formatDuration(config.timeoutMs);
    return new AfilnetTransportError("timeout", `Afilnet did not answer ${method} within ${limit}.`, { method });
  };
  try {
    let response: Response;
    try {
      response = await config.fetch(config.baseUrl, {
        method: "POST",
        headers,
        body: form.toString(),
        signal: controller.signal,
        // A redirect would be followed as a GET without the body; report it instead.
        redirect: "manual",
      });
    } catch (err) {
      if (controller.signal.aborted) throw timedOut();
      throw new AfilnetTransportError(
        "network",
        `Could not reach Afilnet for ${method}${networkDetail(err)}. Check the network and the API address.`,
        { method },
      );
    }
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      const { status } = response;
      throw new AfilnetTransportError("http", `Afilnet answered ${method} with HTTP ${status} instead of 200.`, {
        method,
        status,
      });
    }
    try {
      return await response.text();
    } catch (err) {
      if (controller.signal.aborted) throw timedOut();
      throw new AfilnetTransportError(
        "network",
        `The connection to Afilnet broke while reading the answer to ${method}${networkDetail(err)}.`,
        { method },
      );
    }
  } finally {
    clearTimeout(timer);
  }
}

function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
