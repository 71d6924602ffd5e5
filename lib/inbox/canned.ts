import "server-only";
import { ActionError } from "@/lib/actions/run-action";
import type { SessionAgent } from "@/lib/auth/access";
import { cannedReplySchema, type CannedReply, type CannedScope } from "@/lib/contract/canned";
import type { Db } from "@/lib/db/handle";
import { deleteCannedReply, DUPLICATE_NAME, getCannedReply, insertCannedReply, listCannedReplies, updateCannedReply } from "@/lib/db/queries/canned-replies";
import type { CannedReplyRow } from "@/lib/db/schema";

/*
 * Who may do what with canned replies: anyone keeps their own; only supervisors create,
 * change and delete the team's. Someone else's own reply is as good as absent: it is never
 * shown, and asking for it by id answers "not found", so that ids reveal nothing.
 */

type Fields = Pick<CannedReplyRow, "name" | "text" | "translations">;
type Caller = Pick<SessionAgent, "id" | "role">;

const mayChange = (caller: Caller, row: CannedReplyRow) => (row.scope === "team" ? caller.role === "supervisor" : row.ownerId === caller.id);

function view(row: CannedReplyRow, caller: Caller): CannedReply {
  return cannedReplySchema.parse({
    id: row.id,
    scope: row.scope,
    name: row.name,
    text: row.text,
    translations: row.translations ?? {},
    editable: mayChange(caller, row),
    updatedAt: row.updatedAt.toISOString(),
  });
}

const duplicate = (name: string) => new ActionError("conflict", "canned.errors.duplicate", { name });
const teamOnly = () => new ActionError("forbidden", "canned.errors.teamForSupervisors");
const gone = () => new ActionError("not_found", "canned.errors.gone");

/** What the caller may pick from: the team's replies and their own. */
export async function readCannedReplies(db: Db, caller: Caller): Promise<CannedReply[]> {
  return (await listCannedReplies(db, caller.id)).map((row) => view(row, caller));
}

export async function createCannedReply(db: Db, caller: Caller, scope: CannedScope, fields: Fields): Promise<CannedReply> {
  if (scope === "team" && caller.role !== "supervisor") throw teamOnly();
  const row = await insertCannedReply(db, scope === "team" ? null : caller.id, fields, caller.id);
  if (row === DUPLICATE_NAME) throw duplicate(fields.name);
  return view(row, caller);
}

/** The reply the caller may change, or the refusal: someone else's own is "not found", the team's "forbidden" to an agent. */
async function changeable(db: Db, caller: Caller, id: number): Promise<CannedReplyRow> {
  const row = await getCannedReply(db, id);
  if (!row || (row.scope === "personal" && row.ownerId !== caller.id)) throw gone();
  if (!mayChange(caller, row)) throw teamOnly();
  return row;
}

export async function editCannedReply(db: Db, caller: Caller, id: number, fields: Fields): Promise<CannedReply> {
  await changeable(db, caller, id);
  const row = await updateCannedReply(db, id, fields, caller.id);
  if (row === DUPLICATE_NAME) throw duplicate(fields.name);
  if (!row) throw gone();
  return view(row, caller);
}

export async function removeCannedReply(db: Db, caller: Caller, id: number): Promise<{ id: number }> {
  await changeable(db, caller, id);
  if (!(await deleteCannedReply(db, id))) throw gone();
  return { id };
}
