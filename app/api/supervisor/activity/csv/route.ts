import { route } from "@/lib/actions/route";
import { activityFiltersSchema } from "@/lib/contract/activity";
import { activityCsvNow } from "@/lib/queues/reads";

export const dynamic = "force-dynamic";

/** The filtered record as a CSV file (at most 50,000 rows, newest first). */
export const GET = route({ role: "supervisor", query: activityFiltersSchema }, async ({ query }) => {
  const csv = await activityCsvNow(query);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="activity-${day}.csv"` },
  });
});
