import type { ReactNode } from "react";

/** The body of the 404, 403 and error pages: a title, a sentence, and a way on. */
export function ErrorPanel({ title, body, children, testId }: { title: string; body: string; children: ReactNode; testId?: string }) {
  return (
    <div className="mx-auto max-w-md space-y-3 p-6 sm:p-8" data-testid={testId}>
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="text-sm text-ink-muted">{body}</p>
      <div className="flex flex-wrap items-center gap-3">{children}</div>
    </div>
  );
}
