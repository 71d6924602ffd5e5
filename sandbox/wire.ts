import type { Channel, FileRef } from "./types";

/**
 * The answer dialects the contract leaves open. The client must tolerate all of them, so the
 * sandbox can speak each one on request.
 */
export interface Dialect {
  statusCase: "upper" | "lower";
  listShape: "array" | "object";
  idsAs: "number" | "string";
  flagAs: "number" | "string" | "boolean";
  datetime: "sql" | "iso" | "unix";
}

export const DEFAULT_DIALECT: Readonly<Dialect> = {
  statusCase: "upper",
  listShape: "array",
  idsAs: "number",
  flagAs: "number",
  datetime: "sql",
};

/** A message as the API shows it, before the dialect decides how each field is written. */
export interface MessageView {
  platformId: string;
  platform: string;
  text: string;
  destination: string;
  messageId: string;
  outbound: boolean;
  status: string;
  at: number;
  file?: FileRef;
}

export type ApiResult =
  | { kind: "channels"; channels: Channel[] }
  /** getunreadmessages names the outbound flag `issent`; the others name it `sent`. */
  | { kind: "messages"; flagName: "sent" | "issent"; messages: MessageView[] }
  | { kind: "sent"; messageId: string };

export type ApiOutcome = { ok: true; result: ApiResult } | { ok: false; code: string };

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export function formatDatetime(ms: number, style: Dialect["datetime"]): string | number {
  if (style === "unix") return Math.floor(ms / 1000);
  const iso = new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
  return style === "iso" ? iso : iso.slice(0, 19).replace("T", " ");
}

function formatId(id: string, style: Dialect["idsAs"]): string | number {
  // Only ids that are whole numbers can be written as numbers; others stay strings.
  return style === "number" && /^\d{1,15}$/.test(id) ? Number(id) : id;
}

function formatFlag(value: boolean, style: Dialect["flagAs"]): Json {
  if (style === "boolean") return value;
  if (style === "string") return value ? "1" : "0";
  return value ? 1 : 0;
}

function renderMessage(view: MessageView, flagName: string, dialect: Dialect): Json {
  const out: { [key: string]: Json } = {
    platformid: formatId(view.platformId, dialect.idsAs),
    platform: view.platform,
    message: view.text,
    destination: view.destination,
    messageid: formatId(view.messageId, dialect.idsAs),
    [flagName]: formatFlag(view.outbound, dialect.flagAs),
    status: view.status,
    datetime: formatDatetime(view.at, dialect.datetime),
  };
  if (view.file) {
    out.type = view.file.type;
    out.fileurl = view.file.url;
    if (view.file.thumbUrl) out.thumburl = view.file.thumbUrl;
  }
  return out;
}

function renderResult(result: ApiResult, dialect: Dialect): Json {
  const list = (items: Json[]): Json => (dialect.listShape === "object" ? { list: items } : items);
  switch (result.kind) {
    case "channels":
      return list(
        result.channels.map((c) => ({
          platformid: formatId(c.platformId, dialect.idsAs),
          platform: c.platform,
          name: c.name,
        })),
      );
    case "messages":
      return list(result.messages.map((m) => renderMessage(m, result.flagName, dialect)));
    case "sent":
      return { messageid: formatId(result.messageId, dialect.idsAs) };
  }
}

/** The answer envelope: {"status":"SUCCESS","result":...} or {"status":"ERROR","error":"CODE"}. */
export function renderEnvelope(outcome: ApiOutcome, dialect: Dialect): string {
  const word = (upper: string) => (dialect.statusCase === "lower" ? upper.toLowerCase() : upper);
  const body = outcome.ok
    ? { status: word("SUCCESS"), result: renderResult(outcome.result, dialect) }
    : { status: word("ERROR"), error: outcome.code };
  return JSON.stringify(body);
}
