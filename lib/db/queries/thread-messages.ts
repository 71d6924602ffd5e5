import { and, desc, eq, getTableColumns, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";
import { agents, messages, type MessageRow } from "@/lib/db/schema";
import type { MessageView } from "@/lib/contract/inbox";
import { BadCursorError, decodeCursor, encodeCursor } from "./cursor";

/** A message's columns but its folded copy, which only search reads. */
const { textFolded: _searchOnly, ...messageColumns } = getTableColumns(messages);

function toMessage(row: Omit<MessageRow, "textFolded">, sentBy: string | null): MessageView {
  return {
    id: row.id,
    sentBy,
    messageId: row.messageId,
    direction: row.direction === "out" ? "out" : "in",
    text: row.text,
    status: row.status,
    at: row.at.toISOString(),
    file: row.fileType && row.fileUrl ? { type: row.fileType, url: row.fileUrl, thumbUrl: row.thumbUrl } : null,
  };
}

/** A conversation's messages, newest last; `before` pages back into older ones. */
export async function listMessages(
  db: Db,
  conversationId: number,
  options: { before?: string; limit: number },
): Promise<{ messages: MessageView[]; olderCursor: string | null }> {
  const filters: SQL[] = [eq(messages.conversationId, conversationId)];
  if (options.before) {
    const position = decodeCursor(options.before);
    if (!position) throw new BadCursorError();
    filters.push(sql`(${messages.at}, ${messages.id}) < (${position.at.toISOString()}::timestamptz, ${position.id})`);
  }
  const rows = await db
    .select({ message: messageColumns, sentBy: agents.displayName })
    .from(messages)
    .leftJoin(agents, eq(agents.id, messages.sentByAgentId))
    .where(and(...filters))
    .orderBy(desc(messages.at), desc(messages.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const oldest = page[page.length - 1]?.message;
  return {
    messages: page.reverse().map((row) => toMessage(row.message, row.sentBy)),
    olderCursor: rows.length > options.limit && oldest ? encodeCursor(oldest.at, oldest.id) : null,
  };
}
