import { sql } from "drizzle-orm";
import type { Db } from "../handle";
import { decodeCursor, encodeCursor } from "./cursor";

/*
 * Private notes (rows of conversation_events of kind "note") and whom they mention. A note
 * moves its conversation's version, so that open threads fetch it, and nothing else of the
 * conversation: it is not a message (unread, waiting, last message and status stay).
 */

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/** Writes a note and whom it mentions; its id, or undefined when there is no such conversation. */
export async function insertNote(db: Db, note: { conversationId: number; authorId: string; text: string; mentionIds: string[]; now: Date }): Promise<number | undefined> {
  const inserted = rowsOf<{ id: number }>(
    await db.execute(sql`
      with touched as (update conversations c set version = c.version + 1 where c.id = ${note.conversationId} returning c.id)
      insert into conversation_events (conversation_id, kind, actor_id, text, at)
      select id, 'note', ${note.authorId}::uuid, ${note.text}::text, ${at(note.now)} from touched
      returning id`),
  );
  const id = inserted[0] ? Number(inserted[0].id) : undefined;
  if (id === undefined || note.mentionIds.length === 0) return id;
  const values = note.mentionIds.map((agentId) => sql`(${agentId}::uuid, ${id})`);
  await db.execute(sql`insert into note_mentions (agent_id, event_id) values ${sql.join(values, sql`, `)} on conflict do nothing`);
  return id;
}

export interface MentionRecord {
  id: number;
  conversationId: number;
  conversationName: string;
  channelName: string;
  authorName: string;
  text: string;
  at: string;
  read: boolean;
}

interface MentionRow {
  id: number;
  conversation_id: number;
  destination: string;
  display_name: string | null;
  channel_name: string;
  author_name: string | null;
  text: string | null;
  at: string | Date;
  read_at: string | Date | null;
}

export class BadMentionCursorError extends Error {}

/** One agent's mentions, newest first, paged by an opaque cursor. */
export async function listMentions(db: Db, agentId: string, cursor: string | undefined, limit: number): Promise<{ mentions: MentionRecord[]; nextCursor: string | null }> {
  const position = cursor ? decodeCursor(cursor) : undefined;
  if (cursor && !position) throw new BadMentionCursorError();
  const after = position ? sql`and (e.at, e.id) < (${at(position.at)}, ${position.id})` : sql``;
  const rows = rowsOf<MentionRow>(
    await db.execute(sql`
      select e.id, e.conversation_id, c.destination, ct.display_name, ch.name as channel_name,
        author.display_name as author_name, e.text, e.at, m.read_at
      from note_mentions m
      join conversation_events e on e.id = m.event_id
      join conversations c on c.id = e.conversation_id
      join channels ch on ch.id = c.channel_id
      left join contacts ct on ct.destination = c.destination
      left join agents author on author.id = e.actor_id
      where m.agent_id = ${agentId}::uuid ${after}
      order by e.at desc, e.id desc
      limit ${limit + 1}`),
  );
  const page = rows.slice(0, limit).map((row) => ({
    id: Number(row.id),
    conversationId: Number(row.conversation_id),
    conversationName: row.display_name ?? row.destination,
    channelName: row.channel_name,
    authorName: row.author_name ?? "",
    text: row.text ?? "",
    at: new Date(row.at).toISOString(),
    read: row.read_at !== null,
  }));
  const last = page[page.length - 1];
  return { mentions: page, nextCursor: rows.length > limit && last ? encodeCursor(new Date(last.at), last.id) : null };
}

export async function countUnreadMentions(db: Db, agentId: string): Promise<number> {
  const rows = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from note_mentions where agent_id = ${agentId}::uuid and read_at is null`));
  return Number(rows[0]?.n ?? 0);
}

/**
 * Marks an agent's mentions read (these ids, or all); how many of the ids are the agent's
 * (read already or not) and how many changed.
 */
export async function markMentionsRead(db: Db, agentId: string, ids: number[] | "all", now: Date): Promise<{ known: number; changed: number }> {
  const which = ids === "all" ? sql`` : sql`and event_id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`;
  const rows = rowsOf<{ known: number; changed: number }>(
    await db.execute(sql`
      with mine as (select event_id, read_at from note_mentions where agent_id = ${agentId}::uuid ${which}),
      marked as (update note_mentions m set read_at = ${at(now)} from mine
        where m.agent_id = ${agentId}::uuid and m.event_id = mine.event_id and mine.read_at is null returning 1)
      select (select count(*)::int from mine) as known, (select count(*)::int from marked) as changed`),
  );
  return { known: Number(rows[0]?.known ?? 0), changed: Number(rows[0]?.changed ?? 0) };
}
