import http from "node:http";
import { BASE_URL } from "./http";

/*
 * Sign-in attempts from a chosen loopback source address (127.0.0.2, 127.0.0.3, …): the only
 * way to be another machine for the app, which counts the connection's address, not what the
 * request claims. (Linux routes all of 127.0.0.0/8 to the loopback interface.)
 */
function call(source: string, method: string, path: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const url = new URL(path, BASE_URL);
    const request = http.request({ host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers, localAddress: source }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
    });
    request.once("error", reject);
    request.end(body);
  });
}

const cookiesOf = (headers: http.IncomingHttpHeaders) => (headers["set-cookie"] ?? []).map((cookie) => cookie.split(";")[0]).join("; ");

/** One credentials sign-in from `source`; answers next-auth's error code, or "" on success. */
export async function signInFrom(source: string, email: string, password: string, claimed: Record<string, string> = {}): Promise<string> {
  const csrf = await call(source, "GET", "/api/auth/csrf", {});
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${BASE_URL}/inbox` }).toString();
  const answer = await call(source, "POST", "/api/auth/callback/credentials", {
    ...claimed,
    cookie: cookiesOf(csrf.headers),
    "content-type": "application/x-www-form-urlencoded",
    "content-length": String(Buffer.byteLength(form)),
  }, form);
  const { url } = JSON.parse(answer.body) as { url: string };
  return new URL(url).searchParams.get("error") ?? "";
}
