import "server-only";
import { mentionedPeople } from "@/lib/contract/mentions";
import { mentionsResponseSchema, type MentionsQuery, type MentionsResponse } from "@/lib/contract/notes";
import type { Db } from "@/lib/db/handle";
import { getDb } from "@/lib/db/instance";
import { listTeammates } from "@/lib/db/queries/agents-work";
import { countUnreadMentions, insertNote, listMentions, markMentionsRead } from "@/lib/db/queries/notes";
import { bumpMirrorVersion } from "@/lib/db/queries/sync-state";

export { BadMentionCursorError } from "@/lib/db/queries/notes";

/*
 * Private notes: the team's words inside a conversation. A note is a row of the record, never
 * a send (no outbox row, no call to Afilnet). Whom it mentions is read here from its text
 * against the active team: no id from the browser is taken on trust.
 */

/** Adds a note by `authorId`; its id and whom it mentions, or undefined when there is no such conversation. */
export async function addNote(db: Db, authorId: string, conversationId: number, text: string, now = new Date()) {
  const result = await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const team = (await listTeammates(t)).map((person) => ({ id: person.id, name: person.name }));
    // Naming oneself is no mention: nobody needs telling what they wrote.
    const mentions = mentionedPeople(text, team).filter((person) => person.id !== authorId);
    const id = await insertNote(t, { conversationId, authorId, text, mentionIds: mentions.map((person) => person.id), now });
    return id === undefined ? undefined : { id, mentions };
  });
  // The mirror's version too: a search by the note's text, and the mentioned agents' views, poll it in.
  if (result) await bumpMirrorVersion(db);
  return result;
}

/** One agent's own mentions, newest first, with their unread count. */
export async function mentionsOf(db: Db, agentId: string, query: MentionsQuery): Promise<MentionsResponse> {
  const [page, unread] = await Promise.all([listMentions(db, agentId, query.cursor, query.limit), countUnreadMentions(db, agentId)]);
  return mentionsResponseSchema.parse({ ...page, unread });
}

export async function mentionsNow(agentId: string, query: MentionsQuery) {
  return mentionsOf(await getDb(), agentId, query);
}

/** Marks an agent's own mentions read; undefined when none of the ids is one of theirs. */
export async function markRead(db: Db, agentId: string, ids: number[] | "all", now = new Date()) {
  const result = await markMentionsRead(db, agentId, ids, now);
  if (ids !== "all" && result.known === 0) return undefined;
  return { changed: result.changed, unread: await countUnreadMentions(db, agentId) };
}
