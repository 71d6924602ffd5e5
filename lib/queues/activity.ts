import "server-only";
import { stringify } from "csv-stringify/sync";
import { activityResponseSchema, type ActivityFilters, type ActivityQuery, type ActivityResponse } from "@/lib/contract/activity";
import type { Db } from "@/lib/db/handle";
import { listActivity, type ActivityPosition, type ActivityRecord } from "@/lib/db/queries/activity";

/** A cursor the client cannot read into: where the next page starts. */
function encodeCursor(record: ActivityRecord): string {
  return Buffer.from(JSON.stringify({ at: record.at.toISOString(), key: record.key })).toString("base64url");
}

export class BadActivityCursorError extends Error {}

function decodeCursor(cursor: string): ActivityPosition {
  try {
    const raw = JSON.parse(Buffer.from(cursor, "base64url").toString()) as { at?: unknown; key?: unknown };
    const at = new Date(String(raw.at));
    if (typeof raw.key !== "string" || !/^[es][0-9a-f-]{1,40}$/.test(raw.key) || Number.isNaN(at.getTime())) throw new Error("shape");
    return { at, key: raw.key };
  } catch {
    throw new BadActivityCursorError();
  }
}

const toRow = (record: ActivityRecord) => ({
  key: record.key,
  kind: record.kind,
  at: record.at.toISOString(),
  actor: record.actorId ? { id: record.actorId, name: record.actorName ?? "" } : null,
  conversationId: record.conversationId,
  destination: record.destination,
  displayName: record.displayName,
  platform: record.platform,
  channelName: record.channelName,
  status: record.status,
  assignee: record.assigneeId ? { id: record.assigneeId, name: record.assigneeName ?? "" } : null,
  reason: record.reason,
  errorCode: record.errorCode,
  text: record.text,
});

/** A page of the record, newest first, with the filters. */
export async function activityPage(db: Db, query: ActivityQuery): Promise<ActivityResponse> {
  const records = await listActivity(db, query, query.cursor ? decodeCursor(query.cursor) : null, query.limit + 1);
  const page = records.slice(0, query.limit);
  const last = page[page.length - 1];
  return activityResponseSchema.parse({ rows: page.map(toRow), nextCursor: records.length > query.limit && last ? encodeCursor(last) : null });
}

/** At most this many rows in one export: a spreadsheet's worth, and a bounded answer. */
export const CSV_MAX_ROWS = 50_000;
const CSV_PAGE = 1_000;
const COLUMNS = ["at", "kind", "actor", "conversation_id", "contact", "destination", "channel", "platform", "status", "assignee", "reason", "afilnet_code", "text"];

/*
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) is
 * given a leading apostrophe: customer text and names are untrusted.
 */
const inert = (value: string | number | null) => {
  if (value === null) return "";
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
};

/** The filtered record as CSV, newest first, with a header row; at most CSV_MAX_ROWS rows. */
export async function activityCsv(db: Db, filters: ActivityFilters): Promise<string> {
  const lines: (string | number)[][] = [];
  let after: ActivityPosition | null = null;
  while (lines.length < CSV_MAX_ROWS) {
    const records = await listActivity(db, filters, after, Math.min(CSV_PAGE, CSV_MAX_ROWS - lines.length));
    for (const r of records) {
      lines.push(
        [r.at.toISOString(), r.kind, r.actorName, r.conversationId, r.displayName ?? r.destination, r.destination, r.channelName, r.platform, r.status, r.assigneeName, r.reason, r.errorCode, r.text].map(inert),
      );
    }
    const last = records[records.length - 1];
    if (!last || records.length < CSV_PAGE) break;
    after = { at: last.at, key: last.key };
  }
  return stringify(lines, { header: true, columns: COLUMNS });
}
