/** Opaque keyset cursors: a time and an id, base64url-encoded. */
export function encodeCursor(at: Date, id: number): string {
  return Buffer.from(`${at.getTime()}.${id}`).toString("base64url");
}

export function decodeCursor(cursor: string): { at: Date; id: number } | undefined {
  const [time, id] = Buffer.from(cursor, "base64url").toString().split(".");
  const at = new Date(Number(time));
  const parsedId = Number(id);
  if (Number.isNaN(at.getTime()) || !Number.isSafeInteger(parsedId)) return undefined;
  return { at, id: parsedId };
}
