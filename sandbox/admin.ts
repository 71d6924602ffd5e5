import type { IncomingMessage, ServerResponse } from "node:http";
import type { z } from "zod";
import { chatsQuery, customersBody, dialectBody, explain, faultsBody, messageBody, resetBody, type MessageBody } from "./admin-schemas";
import { chatView } from "./admin-views";
import type { SandboxContext } from "./context";
import { BodyTooLarge, readBody, sendJson } from "./http";
import { webchatPage } from "./webchat";
import { webchatLanguage } from "./webchat-catalog";

/** A failure the admin API answers with its status and a sentence. */
class AdminError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Handler = (req: IncomingMessage, res: ServerResponse, ctx: SandboxContext, url: URL) => Promise<void> | void;

async function parseBody<T>(req: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
  let text: string;
  try {
    text = await readBody(req);
  } catch (error) {
    if (error instanceof BodyTooLarge) throw new AdminError(413, "The body is larger than 1 MB.");
    throw new AdminError(400, "The body could not be read.");
  }
  let json: unknown = {};
  if (text.trim() !== "") {
    try {
      json = JSON.parse(text);
    } catch {
      throw new AdminError(400, "The body is not valid JSON.");
    }
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new AdminError(400, explain(parsed.error));
  return parsed.data;
}

function writeMessage(ctx: SandboxContext, body: MessageBody, direction: "in" | "out"): { messageId: string } {
  const message = ctx.store.addMessage(body.platform, body.platformId, body.destination, {
    direction,
    text: body.message ?? "",
    via: direction === "in" ? "inbound" : "outbound",
    ...(body.at ? { at: Date.parse(body.at) } : {}),
    ...(body.type && body.fileUrl
      ? { file: { type: body.type, url: body.fileUrl, ...(body.thumbUrl ? { thumbUrl: body.thumbUrl } : {}) } }
      : {}),
  });
  if (!message) throw new AdminError(404, `There is no ${body.platform} channel with platformId ${body.platformId}.`);
  return { messageId: message.id };
}

/** Exact routes, keyed by "METHOD path" below /_sandbox. */
const ROUTES: Record<string, Handler> = {
  "GET /": (_req, res) => {
    const endpoints = [...Object.keys(ROUTES), "GET /chats/:platform/:platformId/:destination"];
    sendJson(res, 200, { endpoints: endpoints.map((key) => key.replace(" /", " /_sandbox/")) });
  },
  "GET /stats": (_req, res, ctx) => sendJson(res, 200, ctx.stats.counts()),
  "POST /stats/reset": (_req, res, ctx) => {
    ctx.stats.reset();
    sendJson(res, 200, { ok: true });
  },
  "GET /requests": (_req, res, ctx) => sendJson(res, 200, { requests: ctx.stats.requests() }),
  "POST /inbound": async (req, res, ctx) => sendJson(res, 200, writeMessage(ctx, await parseBody(req, messageBody), "in")),
  "POST /outbound": async (req, res, ctx) => sendJson(res, 200, writeMessage(ctx, await parseBody(req, messageBody), "out")),
  "GET /channels": (_req, res, ctx) =>
    sendJson(res, 200, { channels: ctx.store.listChannels().map(({ platform, platformId, name }) => ({ platform, platformId, name })) }),
  "GET /chats": (_req, res, ctx, url) => {
    const query = chatsQuery.safeParse(Object.fromEntries(url.searchParams));
    if (!query.success) throw new AdminError(400, explain(query.error));
    const { platform, platformId, messages } = query.data;
    const chats = ctx.store
      .allChats()
      .filter((c) => (platform === undefined || c.platform === platform) && (platformId === undefined || c.platformId === platformId));
    // Without messages: who can write, for a load that picks chats (a seed's messages are tens of MB).
    const listed = chats.map((c) => (messages === "omit" ? { platform: c.platform, platformId: c.platformId, destination: c.destination } : chatView(c, ctx.store)));
    sendJson(res, 200, { chats: listed });
  },
  "GET /faults": (_req, res, ctx) => sendJson(res, 200, { faults: ctx.faults.current() }),
  "POST /faults": async (req, res, ctx) => {
    ctx.faults.set(await parseBody(req, faultsBody));
    sendJson(res, 200, { faults: ctx.faults.current() });
  },
  "DELETE /faults": (_req, res, ctx) => {
    ctx.faults.clear();
    sendJson(res, 200, { faults: null });
  },
  "GET /dialect": (_req, res, ctx) => sendJson(res, 200, ctx.dialect),
  "POST /dialect": async (req, res, ctx) => {
    ctx.dialect = { ...ctx.dialect, ...(await parseBody(req, dialectBody)) };
    sendJson(res, 200, ctx.dialect);
  },
  "POST /reset": async (req, res, ctx) => {
    const { seed } = await parseBody(req, resetBody);
    ctx.reset(seed);
    sendJson(res, 200, { ok: true, ...ctx.store.counts() });
  },
  "GET /customers": (_req, res, ctx) => sendJson(res, 200, { perMinute: ctx.customers.rate }),
  "POST /customers": async (req, res, ctx) => {
    const { perMinute } = await parseBody(req, customersBody);
    ctx.customers.setRate(perMinute);
    sendJson(res, 200, { perMinute });
  },
  "GET /webchat": (req, res, _ctx, url) => webchatPage(res, webchatLanguage(url.searchParams.get("lang"), req.headers["accept-language"])),
};

/** GET /chats/:platform/:platformId/:destination */
function chatRoute(req: IncomingMessage, res: ServerResponse, ctx: SandboxContext, path: string): boolean {
  const match = /^\/chats\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(path);
  if (!match || req.method !== "GET") return false;
  let parts: string[];
  try {
    parts = match.slice(1).map((p) => decodeURIComponent(p));
  } catch {
    throw new AdminError(400, "The chat path is not validly URL-encoded.");
  }
  const [platform = "", platformId = "", destination = ""] = parts;
  const chat = ctx.store.findChat(platform, platformId, destination);
  if (!chat) throw new AdminError(404, `There is no chat with ${destination} on ${platform} channel ${platformId}.`);
  sendJson(res, 200, chatView(chat, ctx.store));
  return true;
}

/** Everything under /_sandbox/. The caller has already checked that the request comes from loopback. */
export async function handleAdminRequest(req: IncomingMessage, res: ServerResponse, ctx: SandboxContext, url: URL): Promise<void> {
  const path = url.pathname.slice("/_sandbox".length).replace(/\/+$/, "") || "/";
  try {
    const handler = ROUTES[`${req.method ?? "GET"} ${path}`];
    if (handler) return await handler(req, res, ctx, url);
    if (chatRoute(req, res, ctx, path)) return;
    const known = Object.keys(ROUTES).some((key) => key.endsWith(` ${path}`)) || path.startsWith("/chats/");
    if (known) throw new AdminError(405, `${req.method ?? "GET"} is not allowed on /_sandbox${path}.`);
    throw new AdminError(404, `There is no admin endpoint /_sandbox${path}.`);
  } catch (error) {
    if (error instanceof AdminError) return sendJson(res, error.status, { error: error.message });
    throw error;
  }
}
