"use client";

import { UnexpectedError } from "@/components/shell/unexpected-error";

/** An error in a dashboard page: shown inside the shell, whose bar still leads everywhere. */
export default function DashboardError({ reset }: { error: Error; reset: () => void }) {
  return <UnexpectedError reset={reset} />;
}
