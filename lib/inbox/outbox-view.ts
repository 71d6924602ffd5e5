import type { OutboxRow } from "@/lib/db/schema";
import type { PendingSendView } from "@/lib/contract/inbox";

export function toPendingSendView(row: OutboxRow, agentName: string): PendingSendView {
  return {
    clientId: row.id,
    state: row.state,
    text: row.text,
    file: row.fileType && row.fileUrl ? { type: row.fileType, url: row.fileUrl, thumbUrl: row.thumbUrl } : null,
    error: row.errorCode ? { code: row.errorCode, message: row.errorMessage ?? row.errorCode } : null,
    createdAt: row.createdAt.toISOString(),
    agentName,
    messageId: row.messageId,
    deliveredLate: row.deliveredLate,
    mayArriveTwice: row.mayArriveTwice,
    watchedUntil: row.watchUntil?.toISOString() ?? null,
  };
}
