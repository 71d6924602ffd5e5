/** Opaque keyset cursors: a time and an id, base64url-encoded. */
export function encodeCursor(at: Date, id: number): string {
  return Buffer.from(`${at.getTime()}.${id}`).toString("base64url");
}

// The cursors given out hold times from the epoch (rows with no activity) to the far future,
// and int4 ids: anything else is forged, and Postgres would refuse a year past 9999 written
// as ISO text, or an id past int4.
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
const INT4_MAX = 2_147_483_647;

export function decodeCursor(cursor: string): { at: Date; id: number } | undefined {
  const match = /^(\d{1,16})\.(\d{1,10})$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!match) return undefined;
  const time = Number(match[1]);
  const id = Number(match[2]);
  if (time > LATEST || id < 1 || id > INT4_MAX) return undefined;
  return { at: new Date(time), id };
}

export class BadCursorError extends Error {
  constructor() {
    super("cursor: is not a cursor this server gave out.");
  }
}
