"use client";

import { Input } from "@/components/ui/input";

/** A whole-number field with its label, unit and hint, and its error sentence once there is one. */
export function NumberField({
  id,
  label,
  unit,
  hint,
  value,
  onChange,
  error,
  testId,
}: {
  id: string;
  label: string;
  unit: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  testId: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <div className="mt-1 flex items-center gap-2">
        {/* Sized by its box: the Input's own full width would win over a width given to it. */}
        <div className="w-24 shrink-0">
          <Input
            id={id}
            inputMode="numeric"
            autoComplete="off"
            value={value}
            onChange={(event) => onChange(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
            className="py-1 text-right tabular-nums"
            data-testid={testId}
          />
        </div>
        <span className="text-sm text-ink-muted">{unit}</span>
      </div>
      <p id={`${id}-hint`} className="mt-1 text-xs text-ink-muted">
        {hint}
      </p>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-danger" data-testid={`${testId}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
