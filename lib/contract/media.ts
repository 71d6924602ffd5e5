import { z } from "zod";

/*
 * Which customer media the agent's browser may fetch by itself. A file a customer's message
 * names is fetched only from a host on the supervisors' allow-list (the platforms' own media
 * hosts by default); any other waits for one click, so that opening a conversation never tells
 * a stranger's server who read it and when, nor reaches an address inside the network.
 * Browser-safe: no server code here.
 */

/**
 * The platforms' own media hosts: Afilnet's, WhatsApp's media servers and Telegram's. Each
 * entry covers its subdomains (mmg.whatsapp.net under whatsapp.net).
 */
export const DEFAULT_MEDIA_HOSTS: readonly string[] = ["afilnet.com", "whatsapp.net", "telegram.org"];

/** At most this many hosts, so that the list stays one a person can read. */
export const MEDIA_HOSTS_MAX = 50;

/** A catalog key (see validation.ts). */
const HOST_SENTENCE = "validation.mediaHost";

/** An IP address is refused: the list is of named media hosts, never of machines in a network. */
const looksLikeIp = (host: string) => /^[\d.]+$/.test(host) || host.includes(":") || host.startsWith("[");

/**
 * A host name as typed ("Media.Example.com.", "bücher.example") in the form the browser
 * compares with: lower case, punycode, no trailing dot. Undefined when it is no host name.
 */
export function normaliseHost(value: string): string | undefined {
  const typed = value.trim().replace(/\.$/, "");
  if (typed === "" || typed.length > 253 || /[\s/\\?#@:*]/.test(typed) || looksLikeIp(typed)) return undefined;
  let host: string;
  try {
    host = new URL(`https://${typed}/`).hostname;
  } catch {
    return undefined;
  }
  // One label ("localhost", "intranet") names a machine of a local network, not a media host.
  if (looksLikeIp(host)) return undefined;
  const labels = host.split(".");
  if (labels.length < 2 || labels.some((label) => label === "" || label.length > 63)) return undefined;
  if (!labels.every((label) => /^[a-z0-9-]+$/.test(label) && !label.startsWith("-") && !label.endsWith("-"))) return undefined;
  return host;
}

export const mediaHostSchema = z
  .string(HOST_SENTENCE)
  .max(253, "validation.mediaHostTooLong")
  .transform((value, ctx) => {
    const host = normaliseHost(value);
    if (host === undefined) {
      ctx.addIssue({ code: "custom", message: HOST_SENTENCE });
      return z.NEVER;
    }
    return host;
  });

export const mediaHostsSchema = z.array(z.string()).max(MEDIA_HOSTS_MAX);

/** True when `host` is on the list, itself or as a subdomain of an entry (mmg.whatsapp.net under whatsapp.net). */
export function hostAllowed(host: string, allowed: readonly string[]): boolean {
  const name = host.toLowerCase().replace(/\.$/, "");
  return allowed.some((entry) => name === entry || name.endsWith(`.${entry}`));
}

export type MediaDecision =
  /** Fetch it now. */
  | { kind: "load" }
  /** Fetch it only after the agent asks, naming the host that would see the request. */
  | { kind: "ask"; host: string }
  /** Never fetch it here: an http: file on an https page (offer it as a link only). */
  | { kind: "insecure"; host: string }
  /** Not an http(s) address: never a source, never a link. */
  | { kind: "unsafe" };

/**
 * What the browser does with the media a message names. `pageProtocol` is the app's own
 * ("https:" in production): an https app never loads http: media, even when asked.
 */
export function mediaDecision(url: string, allowed: readonly string[], pageProtocol: string): MediaDecision {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: "unsafe" };
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return { kind: "unsafe" };
  const host = parsed.hostname;
  if (parsed.protocol === "http:" && pageProtocol === "https:") return { kind: "insecure", host };
  return hostAllowed(host, allowed) ? { kind: "load" } : { kind: "ask", host };
}
