import { NextResponse } from "next/server";
import { route } from "@/lib/actions/route";
import { listTeam } from "@/lib/queues/reads";

/** The team, for supervisors (scripts and the access tests use it; the team page reads the same list). */
export const GET = route({ role: "supervisor" }, async () => NextResponse.json({ agents: await listTeam() }));
