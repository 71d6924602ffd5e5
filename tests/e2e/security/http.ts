import { expect, request as playwrightRequest, type APIRequestContext, type APIResponse } from "@playwright/test";
import type { DiscoveredAction } from "./surface";

export const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3123}`;

/** A client with its own cookie jar, signed in through next-auth's credentials endpoint as a browser would. */
export async function signedIn(email: string, password: string): Promise<APIRequestContext> {
  const client = await playwrightRequest.newContext({ baseURL: BASE_URL });
  const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await client.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true", callbackUrl: `${BASE_URL}/inbox` },
    maxRedirects: 0,
  });
  expect(response.status(), `sign-in of ${email}`).toBeLessThan(400);
  expect((await client.get("/api/me")).status(), `session of ${email}`).toBe(200);
  return client;
}

export const anonymous = () => playwrightRequest.newContext({ baseURL: BASE_URL });

export type ActionAnswer = { ok: true; data: unknown } | { ok: false; code: string; message: string };

export interface ActionCall {
  status: number;
  /** The action's result, when the request reached it. */
  result?: ActionAnswer;
  /** Where the answer redirects (proxy.ts sends anonymous page requests to sign-in). */
  location?: string;
  body: string;
}

/** Strings that start with "$" are escaped as React's client does, so that they reach the action as written. */
function escapeReply(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(escapeReply);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, escapeReply(item)]));
  return value;
}

function actionResult(body: string): ActionAnswer | undefined {
  for (const line of body.split("\n")) {
    const match = /^[0-9a-f]+:(.*)$/.exec(line);
    if (!match?.[1]) continue;
    try {
      const value = JSON.parse(match[1]) as unknown;
      if (value && typeof value === "object" && typeof (value as { ok?: unknown }).ok === "boolean") return value as ActionAnswer;
    } catch {
      // Not a JSON row of the answer.
    }
  }
  return undefined;
}

/** Calls a server action over HTTP as anyone can: POST to its page with the Next-Action header. */
export async function callAction(client: APIRequestContext, action: DiscoveredAction, input: unknown): Promise<ActionCall> {
  const response: APIResponse = await client.post(action.page, {
    headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: input === undefined ? "[]" : JSON.stringify([escapeReply(input)]),
    maxRedirects: 0,
  });
  const body = await response.text();
  return { status: response.status(), result: actionResult(body), location: response.headers()["location"], body: body.slice(0, 500) };
}

/** The records a test works on: the first conversation and channel of the inbox, and the demo agents. */
export interface Ids {
  conversation: number;
  channel: number;
  agentId: string;
  supervisorId: string;
}

export async function knownIds(supervisor: APIRequestContext): Promise<Ids> {
  const inbox = (await (await supervisor.get("/api/inbox?limit=1")).json()) as { conversations: { id: number; channelId: number }[] };
  const team = (await (await supervisor.get("/api/agents")).json()) as { agents: { id: string; email: string }[] };
  const conversation = inbox.conversations[0];
  if (!conversation) throw new Error("The e2e sandbox has no conversation to work on.");
  const idOf = (email: string) => team.agents.find((agent) => agent.email === email)?.id as string;
  return { conversation: conversation.id, channel: conversation.channelId, agentId: idOf("agent@demo.local"), supervisorId: idOf("supervisor@demo.local") };
}

const VOLATILE = /^(sync|generatedAt|lastActiveAt|lastSeenActivityAt|presence|availability|online|now)$/;

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).filter(([key]) => !VOLATILE.test(key)).map(([key, item]) => [key, stable(item)]));
  }
  return value;
}

/**
 * What the database holds, as the app reads it back: every conversation with its thread and
 * pending sends, the team, the thresholds and work settings. Compared before and after refused
 * calls. (The media allow-list has no read route; its actions are covered by their refusals.)
 */
export async function databaseFingerprint(supervisor: APIRequestContext): Promise<string> {
  const json = async (url: string) => {
    const response = await supervisor.get(url);
    expect(response.status(), url).toBe(200);
    return response.json() as Promise<Record<string, unknown>>;
  };
  const inbox = await json("/api/inbox?limit=200&status=all");
  const conversations = inbox.conversations as { id: number }[];
  const threads = await Promise.all(conversations.map((row) => json(`/api/conversations/${row.id}/messages?limit=200`)));
  const queues = await json("/api/supervisor/queues");
  const thresholds = {
    default: queues.defaultThresholdSeconds,
    work: queues.workSettings,
    channels: (queues.channels as { channelId: number; thresholdSeconds: number; thresholdOverridden: boolean }[]).map(({ channelId, thresholdSeconds, thresholdOverridden }) => ({ channelId, thresholdSeconds, thresholdOverridden })),
  };
  const { agents } = await json("/api/agents");
  return JSON.stringify(stable({ conversations, threads, thresholds, agents }));
}
