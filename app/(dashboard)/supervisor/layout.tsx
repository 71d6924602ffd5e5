import type { ReactNode } from "react";
import { requirePageAgent } from "@/lib/auth/session";

/** Everything under /supervisor is for supervisors: agents get the 403 page. */
export default async function SupervisorLayout({ children }: { children: ReactNode }) {
  await requirePageAgent("supervisor");
  return children;
}
