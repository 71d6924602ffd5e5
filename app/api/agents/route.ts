import { NextResponse } from "next/server";
import { route } from "@/lib/auth/route";
import { listAgents } from "@/lib/db/queries/agents";
import { getDb } from "@/lib/server/db";

/** The team, for supervisors. */
export const GET = route({ role: "supervisor" }, async () => {
  const agents = await listAgents(await getDb());
  return NextResponse.json({
    agents: agents.map(({ id, email, displayName, role, active, createdAt }) => ({
      id,
      email,
      name: displayName,
      role,
      active,
      createdAt: createdAt.toISOString(),
    })),
  });
});
