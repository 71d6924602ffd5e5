import { NextResponse } from "next/server";
import { route } from "@/lib/actions/route";
import { listTeammatesNow } from "@/lib/inbox/team";

export const dynamic = "force-dynamic";

/** The active team with each one's availability now, for "Assign to…" (any signed-in agent). */
export const GET = route({}, async () => NextResponse.json({ teammates: await listTeammatesNow() }, { headers: { "Cache-Control": "private, no-store" } }));
