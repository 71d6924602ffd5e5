import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/handle";

/** Open conversations by assignee (null: nobody's), in one statement for every agent's tabs. */
export interface OpenByAssignee {
  all: number;
  unassigned: number;
  byAgent: ReadonlyMap<string, number>;
}

export async function countOpenByAssignee(db: Db): Promise<OpenByAssignee> {
  const result = await db.execute(sql`select assignee_id, count(*)::int as count from conversations where status = 'open' group by assignee_id`);
  const rows = (result as unknown as { rows: { assignee_id: string | null; count: number }[] }).rows;
  const byAgent = new Map<string, number>();
  let all = 0;
  let unassigned = 0;
  for (const row of rows) {
    all += Number(row.count);
    if (row.assignee_id === null) unassigned = Number(row.count);
    else byAgent.set(row.assignee_id, Number(row.count));
  }
  return { all, unassigned, byAgent };
}

/** One agent's tabs from the shared counts. */
export const viewsOf = (counts: OpenByAssignee, agentId: string) => ({ mine: counts.byAgent.get(agentId) ?? 0, unassigned: counts.unassigned, all: counts.all });
