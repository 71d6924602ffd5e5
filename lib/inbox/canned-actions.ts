"use server";

import { serverAction } from "@/lib/actions/server-action";
import { createCannedReplySchema, deleteCannedReplySchema, updateCannedReplySchema } from "@/lib/contract/canned";
import { getDb } from "@/lib/db/instance";
import { createCannedReply, editCannedReply, removeCannedReply } from "./canned";

/*
 * Canned replies: anyone may keep their own; the team's are the supervisors' to create, change
 * and delete (lib/inbox/canned.ts says who may touch which).
 */

export const createCannedReplyAction = serverAction({ name: "createCannedReply", input: createCannedReplySchema }, async ({ scope, ...fields }, agent) =>
  createCannedReply(await getDb(), agent, scope, fields),
);

export const updateCannedReplyAction = serverAction({ name: "updateCannedReply", input: updateCannedReplySchema }, async ({ replyId, ...fields }, agent) =>
  editCannedReply(await getDb(), agent, replyId, fields),
);

export const deleteCannedReplyAction = serverAction({ name: "deleteCannedReply", input: deleteCannedReplySchema }, async ({ replyId }, agent) =>
  removeCannedReply(await getDb(), agent, replyId),
);
