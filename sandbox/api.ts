import { createHash, timingSafeEqual } from "node:crypto";
import type { NewMessage, Store } from "./store";
import { isFileType, isHttpUrl, isPlatform, type Chat, type Message, type Platform } from "./types";
import type { ApiOutcome, ApiResult, MessageView } from "./wire";

export const API_METHODS = [
  "getchatchannels",
  "getchats",
  "getmessages",
  "getunreadmessages",
  "sendmessage",
  "sendfile",
] as const;
export type ApiMethod = (typeof API_METHODS)[number];

export function isApiMethod(value: string | undefined): value is ApiMethod {
  return value !== undefined && (API_METHODS as readonly string[]).includes(value);
}

/** Parameters each method cannot do without, beyond class, method, user and password. */
const COMPULSORY: Record<ApiMethod, readonly string[]> = {
  getchatchannels: [],
  getchats: ["platform", "platformid"],
  getmessages: ["platform", "platformid", "destination"],
  getunreadmessages: ["platform", "platformid", "destination"],
  sendmessage: ["platform", "platformid", "destination", "message"],
  sendfile: ["platform", "platformid", "destination", "type", "fileurl"],
};

export interface Credentials {
  user: string;
  password: string;
}

const fail = (code: string): ApiOutcome => ({ ok: false, code });
const succeed = (result: ApiResult): ApiOutcome => ({ ok: true, result });

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}

function sameCredentials(given: Credentials, expected: Credentials): boolean {
  // Compare digests in constant time, so the answer's timing says nothing about the password.
  const user = timingSafeEqual(digest(given.user), digest(expected.user));
  const password = timingSafeEqual(digest(given.password), digest(expected.password));
  return user && password;
}

/**
 * Carries out one API call. The checks run in a fixed, documented order: user, password,
 * credentials, class, method, compulsory parameters, channel, file parameters, chat.
 */
export function callApi(params: ReadonlyMap<string, string>, account: Credentials, store: Store): ApiOutcome {
  const get = (name: string) => {
    const value = params.get(name);
    return value === undefined || value.trim() === "" ? undefined : value;
  };
  const user = get("user");
  const password = get("password");
  if (user === undefined) return fail("MISSING_USER");
  if (password === undefined) return fail("MISSING_PASSWORD");
  if (!sameCredentials({ user, password }, account)) return fail("INCORRECT_USER_PASSWORD");
  const apiClass = get("class");
  if (apiClass === undefined) return fail("MISSING_CLASS");
  if (apiClass !== "chat") return fail("INCORRECT_CLASS");
  const method = get("method");
  if (method === undefined) return fail("MISSING_METHOD");
  if (!isApiMethod(method)) return fail("INCORRECT_METHOD");
  if (COMPULSORY[method].some((name) => get(name) === undefined)) return fail("MISSING_COMPULSORY_PARAM");

  if (method === "getchatchannels") return succeed({ kind: "channels", channels: store.listChannels() });

  const platform = get("platform") ?? "";
  const platformId = (get("platformid") ?? "").trim();
  if (!isPlatform(platform) || !store.findChannel(platform, platformId)) return fail("CHANNEL_NOT_FOUND");
  const destination = (get("destination") ?? "").trim();
  const view = (message: Message, chat: Chat): MessageView => toView(message, chat, store);

  switch (method) {
    case "getchats": {
      const chats = store.chatsOf(platform, platformId) ?? [];
      const latest: MessageView[] = [];
      for (const chat of chats) {
        const last = chat.messages[chat.messages.length - 1];
        if (last) latest.push(view(last, chat));
      }
      // Newest conversation first, as an inbox shows them.
      latest.sort((a, b) => b.at - a.at || Number(b.messageId) - Number(a.messageId));
      return succeed({ kind: "messages", flagName: "sent", messages: latest });
    }
    case "getmessages": {
      const chat = store.findChat(platform, platformId, destination);
      if (!chat) return fail("CHAT_NOT_FOUND");
      const messages = chat.messages.map((m) => view(m, chat));
      store.markRead(chat);
      return succeed({ kind: "messages", flagName: "sent", messages });
    }
    case "getunreadmessages": {
      const chat = store.findChat(platform, platformId, destination);
      if (!chat) return fail("CHAT_NOT_FOUND");
      const unread = chat.messages.filter((m) => m.direction === "in" && !m.read).map((m) => view(m, chat));
      return succeed({ kind: "messages", flagName: "issent", messages: unread });
    }
    case "sendmessage":
      return send(store, platform, platformId, destination, { text: params.get("message") ?? "", via: "sendmessage" });
    case "sendfile":
      return sendFile(params, store, platform, platformId, destination);
  }
}

function sendFile(
  params: ReadonlyMap<string, string>,
  store: Store,
  platform: Platform,
  platformId: string,
  destination: string,
): ApiOutcome {
  const type = (params.get("type") ?? "").trim();
  const fileUrl = (params.get("fileurl") ?? "").trim();
  const thumbUrl = (params.get("thumburl") ?? "").trim();
  if (!isFileType(type)) return fail("INCORRECT_FILETYPE");
  if (!isHttpUrl(fileUrl)) return fail("INCORRECT_FILEURL");
  if (thumbUrl !== "" && !isHttpUrl(thumbUrl)) return fail("INCORRECT_THUMBURL");
  // A file needs a conversation to go into; only a text may open one.
  if (!store.findChat(platform, platformId, destination)) return fail("CHAT_NOT_FOUND");
  const file = { type, url: fileUrl, ...(thumbUrl ? { thumbUrl } : {}) };
  return send(store, platform, platformId, destination, { text: params.get("message") ?? "", file, via: "sendfile" });
}

function send(
  store: Store,
  platform: Platform,
  platformId: string,
  destination: string,
  input: Omit<NewMessage, "direction" | "at">,
): ApiOutcome {
  const message = store.addMessage(platform, platformId, destination, { direction: "out", ...input });
  return message ? succeed({ kind: "sent", messageId: message.id }) : fail("CHANNEL_NOT_FOUND");
}

function toView(message: Message, chat: Chat, store: Store): MessageView {
  return {
    platformId: chat.platformId,
    platform: chat.platform,
    text: message.text,
    destination: chat.destination,
    messageId: message.id,
    outbound: message.direction === "out",
    status: store.statusOf(message),
    at: message.at,
    ...(message.file ? { file: message.file } : {}),
  };
}
