import "server-only";
import { getDb } from "@/lib/db/instance";
import { listTeammates } from "@/lib/db/queries/agents-work";
import { effectiveAvailability } from "./availability";

/** The active members of the team, for "Assign to…": id, name, role and availability now. */
export async function listTeammatesNow() {
  const now = new Date();
  return (await listTeammates(await getDb())).map((person) => ({
    id: person.id,
    name: person.name,
    role: person.role,
    availability: effectiveAvailability(person, now),
  }));
}
