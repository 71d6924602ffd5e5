"use client";

/*
 * The composer checks a message with the server's own zod schemas. They are fetched after the
 * page has loaded (the composer asks for them when it mounts), not with it: zod is not needed
 * to read the inbox, and the first load stays light.
 */

type Schemas = typeof import("@/lib/contract/send");

let loaded: Schemas | null = null;
let loading: Promise<Schemas> | null = null;

export function loadSendSchemas(): Promise<Schemas> {
  loading ??= import("@/lib/contract/send").then((module) => (loaded = module));
  return loading;
}

/** The schemas if already here (the usual case by the time anyone presses Enter). */
export const sendSchemasNow = (): Schemas | null => loaded;
