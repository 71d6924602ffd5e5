import { expect } from "vitest";
import type { RunningSandbox } from "../../helpers/sandbox";

/** The ways the contract lets a call travel. */
export type Via = "get" | "post" | "basic";
export const ALL_VIAS: readonly Via[] = ["get", "post", "basic"];

export interface Envelope {
  status: string;
  result?: unknown;
  error?: string;
}

export interface Answer {
  status: number;
  contentType: string | null;
  text: string;
  envelope: Envelope | undefined;
}

/** A wire message as getchats/getmessages/getunreadmessages write it. */
export type WireMessage = Record<string, unknown>;

/** The parameters of an authenticated chat call. */
export function chatParams(sb: RunningSandbox, method: string, extra: Record<string, string> = {}): Record<string, string> {
  return { class: "chat", method, user: sb.user, password: sb.password, ...extra };
}

/**
 * Sends the parameters as given: all in the query string (get), all in a form body (post), or
 * user and password in a Basic header and the rest in a form body (basic).
 */
export async function call(
  sb: RunningSandbox,
  params: Record<string, string>,
  via: Via = "post",
  init: { signal?: AbortSignal; path?: string } = {},
): Promise<Answer> {
  const url = new URL(init.path ?? sb.apiUrl, sb.origin);
  const headers: Record<string, string> = {};
  let body: string | undefined;
  const rest = { ...params };
  if (via === "basic") {
    const user = rest.user ?? "";
    const password = rest.password ?? "";
    delete rest.user;
    delete rest.password;
    headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
  }
  if (via === "get") {
    for (const [key, value] of Object.entries(rest)) url.searchParams.set(key, value);
  } else {
    headers["content-type"] = "application/x-www-form-urlencoded";
    body = new URLSearchParams(rest).toString();
  }
  const res = await fetch(url, { method: via === "get" ? "GET" : "POST", headers, body, signal: init.signal });
  const text = await res.text();
  let envelope: Envelope | undefined;
  try {
    envelope = JSON.parse(text) as Envelope;
  } catch {
    envelope = undefined;
  }
  return { status: res.status, contentType: res.headers.get("content-type"), text, envelope };
}

/** Calls a method and answers its result, failing the test unless the answer is SUCCESS. */
export async function ok<T = WireMessage[]>(
  sb: RunningSandbox,
  method: string,
  extra: Record<string, string> = {},
  via: Via = "post",
): Promise<T> {
  const answer = await call(sb, chatParams(sb, method, extra), via);
  expect(answer.status).toBe(200);
  expect(answer.envelope, answer.text).toMatchObject({ status: "SUCCESS" });
  return answer.envelope?.result as T;
}

/** Calls and answers the error code, failing the test unless the answer is an ERROR envelope. */
export async function errorOf(sb: RunningSandbox, params: Record<string, string>, via: Via = "post"): Promise<string> {
  const answer = await call(sb, params, via);
  expect(answer.status).toBe(200);
  expect(answer.envelope?.status, answer.text).toBe("ERROR");
  return answer.envelope?.error ?? "";
}

/** The admin view of a chat (GET /_sandbox/chats/...). */
export interface AdminChat {
  platform: string;
  platformId: string;
  destination: string;
  messages: {
    messageId: string;
    direction: "in" | "out";
    text: string;
    status: string;
    at: string;
    read: boolean;
    file?: { type: string; url: string; thumbUrl?: string };
    via: string;
  }[];
}

export function adminChat(sb: RunningSandbox, platform: string, platformId: string, destination: string): Promise<AdminChat> {
  return sb.admin<AdminChat>(`chats/${platform}/${platformId}/${encodeURIComponent(destination)}`);
}

/** An admin call that is expected to fail: answers the status and the parsed body. */
export async function adminRaw(
  sb: RunningSandbox,
  path: string,
  init: { method?: string; body?: string; contentType?: string } = {},
): Promise<{ status: number; body: { error?: string } & Record<string, unknown> }> {
  const res = await fetch(`${sb.origin}/_sandbox/${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: init.body === undefined ? undefined : { "content-type": init.contentType ?? "application/json" },
    body: init.body,
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as { error?: string }) : {} };
}
