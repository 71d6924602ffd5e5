import "server-only";
import type { SessionAgent } from "@/lib/auth/access";
import type { CannedReply } from "@/lib/contract/canned";
import { getDb } from "@/lib/db/instance";
import { readCannedReplies } from "./canned";

/** The process's database's canned replies for this caller (the route's read). */
export async function cannedRepliesNow(agent: SessionAgent): Promise<CannedReply[]> {
  return readCannedReplies(await getDb(), agent);
}
