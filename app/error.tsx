"use client";

import { PublicHeader } from "@/components/shell/app-frame";
import { UnexpectedError } from "@/components/shell/unexpected-error";

/** An error outside the dashboard (the sign-in page): the public bar above the sentence. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="flex min-h-screen flex-col">
      <PublicHeader />
      <main id="main" className="flex-1 bg-surface-muted">
        <UnexpectedError reset={reset} />
      </main>
    </div>
  );
}
