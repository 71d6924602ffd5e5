import type { z } from "zod";
import { openEnvelope, parseResult } from "./envelope";
import { AfilnetApiError, AfilnetTransportError } from "./errors";
import { listMemo, type ListReading } from "./list-memo";
import {
  channelInputSchema,
  chatInputSchema,
  refusalFor,
  sendFileInputSchema,
  sendMessageInputSchema,
  type ChannelInput,
  type ChatInput,
  type SendFileInput,
  type SendMessageInput,
} from "./inputs";
import { resolveClientOptions, type AfilnetClientOptions } from "./options";
import { backoffMs, shouldRetry, sleep, type CallKind } from "./retry";
import {
  channelRowSchema,
  listSchema,
  messageSchema,
  sendResultSchema,
  sortMessages,
  type AfilnetChannel,
  type AfilnetMessage,
  type AfilnetSendResult,
  type MessageContext,
} from "./schemas";
import { postForm, type TransportConfig } from "./transport";
import { logCall, type CallRecord } from "./call-log";

/** Rows read between two turns of the event loop: about a millisecond of work. */
const ROWS_PER_SLICE = 250;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface AfilnetClient {
  getChatChannels(): Promise<AfilnetChannel[]>;
  getChats(input: ChannelInput): Promise<AfilnetMessage[]>;
  getMessages(input: ChatInput): Promise<AfilnetMessage[]>;
  getUnreadMessages(input: ChatInput): Promise<AfilnetMessage[]>;
  sendMessage(input: SendMessageInput): Promise<AfilnetSendResult>;
  sendFile(input: SendFileInput): Promise<AfilnetSendResult>;
}

export function createAfilnetClient(options: AfilnetClientOptions): AfilnetClient {
  const settings = resolveClientOptions(options);
  const { logger, timeZone, readRetries, retryBaseMs } = settings;
  const transport: TransportConfig = {
    baseUrl: settings.baseUrl,
    user: settings.user,
    password: settings.password,
    auth: settings.auth,
    timeoutMs: settings.timeoutMs,
    // Looked up per client, not at import, so that a test or a runtime may install its own.
    fetch: settings.fetch ?? ((input, init) => globalThis.fetch(input, init)),
  };
  const chatLists = listMemo();

  /** Checks the input, or refuses it with the code Afilnet would give, before any request. */
  function accept<S extends z.ZodType>(schema: S, input: unknown, method: string, started: number): z.output<S> {
    const parsed = schema.safeParse(input);
    if (parsed.success) return parsed.data;
    const { code, field } = refusalFor(parsed.error);
    const platform = (input as { platform?: unknown } | null)?.platform;
    logCall(logger, {
      method,
      platform: typeof platform === "string" ? platform : undefined,
      started,
      outcome: "refused",
      code,
      attempts: 0,
    });
    throw new AfilnetApiError(code, { local: true, method, field });
  }

  /**
   * One API call with its retries, logged as one line whatever happens. `read` gets the
   * answer's envelope opened, or with `raw`, the body as it came (getchats, which may not
   * need to parse it at all).
   */
  async function call<T>(
    kind: CallKind,
    method: string,
    params: Record<string, string | undefined>,
    read: (result: unknown) => T | Promise<T>,
    started = Date.now(),
    raw = false,
  ): Promise<T> {
    let attempts = 0;
    for (;;) {
      attempts += 1;
      let value: T;
      try {
        const body = await postForm(transport, method, params);
        value = await read(raw ? body : openEnvelope(body, method));
      } catch (err) {
        if (shouldRetry(kind, err, attempts, readRetries)) {
          await sleep(backoffMs(attempts, retryBaseMs));
          continue;
        }
        logCall(logger, { method, platform: params.platform, started, attempts, ...outcomeOf(err) });
        throw err;
      }
      logCall(logger, { method, platform: params.platform, started, outcome: "ok", attempts });
      return value;
    }
  }

  const readMessages = async (method: string, input: ChatInput, started: number) => {
    const chat = accept(chatInputSchema, input, method, started);
    const context = { platform: chat.platform, platformId: chat.platformId, destination: chat.destination, timeZone };
    const params = { platform: chat.platform, platformid: chat.platformId, destination: chat.destination };
    return call("read", method, params, (result) => messages(result, method, context), started);
  };

  async function messages(result: unknown, method: string, context: MessageContext, memo?: ListReading) {
    const rows = parseResult(listSchema, result, method, "the list");
    const schema = messageSchema(context);
    const parsed: AfilnetMessage[] = [];
    for (let index = 0; index < rows.length; index++) {
      // A getchats list holds a row per chat: read in slices, so that the requests that
      // arrive meanwhile are answered between them rather than after thousands of rows.
      if (index > 0 && index % ROWS_PER_SLICE === 0) await nextTurn();
      const parse = (row: unknown) => parseResult(schema, row, method, `message ${index}`);
      parsed.push(memo ? memo.read(rows[index], parse) : parse(rows[index]));
    }
    memo?.done();
    return sortMessages(parsed);
  }

  return {
    getChatChannels() {
      return call("read", "getchatchannels", {}, (result) =>
        parseResult(listSchema, result, "getchatchannels", "the list").map((row, index) =>
          parseResult(channelRowSchema, row, "getchatchannels", `channel ${index}`),
        ),
      );
    },

    async getChats(input) {
      const started = Date.now();
      const channel = accept(channelInputSchema, input, "getchats", started);
      const context = { platform: channel.platform, platformId: channel.platformId, timeZone };
      const params = { platform: channel.platform, platformid: channel.platformId };
      // Read against the channel's previous list: the same answer is not parsed, an unchanged row not read.
      const list = `${channel.platform}\u0000${channel.platformId}`;
      const read = (body: unknown) =>
        chatLists.answer(list, body as string, () => messages(openEnvelope(body as string, "getchats"), "getchats", context, chatLists.reading(list)));
      return call("read", "getchats", params, read, started, true);
    },

    async getMessages(input) {
      return readMessages("getmessages", input, Date.now());
    },

    async getUnreadMessages(input) {
      return readMessages("getunreadmessages", input, Date.now());
    },

    async sendMessage(input) {
      const started = Date.now();
      const send = accept(sendMessageInputSchema, input, "sendmessage", started);
      const params = {
        platform: send.platform,
        platformid: send.platformId,
        destination: send.destination,
        message: send.message,
      };
      return call("send", "sendmessage", params, (result) => sendResultSchema.parse(result), started);
    },

    async sendFile(input) {
      const started = Date.now();
      const send = accept(sendFileInputSchema, input, "sendfile", started);
      const params = {
        platform: send.platform,
        platformid: send.platformId,
        destination: send.destination,
        type: send.type,
        fileurl: send.fileUrl,
        thumburl: send.thumbUrl,
        message: send.message === "" ? undefined : send.message,
      };
      return call("send", "sendfile", params, (result) => sendResultSchema.parse(result), started);
    },
  };
}

function outcomeOf(err: unknown): Pick<CallRecord, "outcome" | "code" | "status"> {
  if (err instanceof AfilnetApiError) return { outcome: "api_error", code: err.code };
  if (err instanceof AfilnetTransportError) return { outcome: err.kind, status: err.status };
  return { outcome: "malformed" };
}
