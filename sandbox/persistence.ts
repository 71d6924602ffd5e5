import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { z } from "zod";
import type { StoreState } from "./store";
import { FILE_TYPES, PLATFORMS } from "./types";

const SNAPSHOT_VERSION = 1;

const messageSchema = z.object({
  id: z.string(),
  direction: z.enum(["in", "out"]),
  text: z.string(),
  at: z.number(),
  read: z.boolean(),
  deliveryStart: z.number().optional(),
  file: z.object({ type: z.enum(FILE_TYPES), url: z.string(), thumbUrl: z.string().optional() }).optional(),
  via: z.enum(["seed", "inbound", "outbound", "sendmessage", "sendfile"]),
});

const snapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  nextId: z.number().int().positive(),
  channels: z.array(z.object({ platform: z.enum(PLATFORMS), platformId: z.string(), name: z.string() })),
  chats: z.array(
    z.object({
      platform: z.enum(PLATFORMS),
      platformId: z.string(),
      destination: z.string(),
      lang: z.string().optional(),
      messages: z.array(messageSchema),
    }),
  ),
});

/** The saved state, or undefined when the file does not exist yet. Throws a readable error. */
export function loadState(file: string): StoreState | undefined {
  if (!existsSync(file)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file} is not a sandbox data file (${error instanceof Error ? error.message : String(error)})`);
  }
  const result = snapshotSchema.safeParse(parsed);
  if (!result.success) {
    throw new Error(`${file} is not a sandbox data file of version ${SNAPSHOT_VERSION}: ${z.prettifyError(result.error).split("\n")[0] ?? ""}`);
  }
  const { nextId, channels, chats } = result.data;
  return { nextId, channels, chats };
}

/** Writes next to the file, then renames, so a crash mid-write never leaves half a file. */
export function saveState(file: string, state: StoreState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ version: SNAPSHOT_VERSION, ...state }));
  renameSync(temporary, file);
}

export interface Saver {
  /** Note a change; the state is written within `delayMs`. */
  schedule(): void;
  /** Write now if a change is pending (on exit). */
  flush(): void;
}

/** A save may take at most this share of the time: a large state is written less often. */
const SAVE_SHARE = 1 / 20;

/**
 * At most one write per `delayMs`, however often the state changes: a steady stream of
 * simulated customers must not postpone the save forever, nor write on every message. A state
 * whose write takes long (10,000 chats: 25 MB, a fifth of a second) waits twenty times that
 * before the next, so that saving never takes the sandbox's thread from the API it serves.
 */
export function createSaver(
  file: string,
  snapshot: () => StoreState,
  onError: (error: unknown) => void,
  delayMs = 500,
  clock: () => number = () => performance.now(),
): Saver {
  let timer: NodeJS.Timeout | undefined;
  let lastWriteMs = 0;
  const write = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const started = clock();
    try {
      saveState(file, snapshot());
    } catch (error) {
      onError(error);
    }
    lastWriteMs = clock() - started;
  };
  return {
    schedule() {
      if (timer) return;
      timer = setTimeout(write, Math.max(delayMs, lastWriteMs / SAVE_SHARE));
      timer.unref();
    },
    flush() {
      if (timer) write();
    },
  };
}
