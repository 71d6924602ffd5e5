/** The app's mark: a speech bubble on the accent colour. public/icon.svg draws the same. */
export function AppMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 64 64" aria-hidden="true" className={className}>
      <rect width="64" height="64" rx="14" fill="#1d4ed8" />
      <path d="M16 15h32a5 5 0 0 1 5 5v19a5 5 0 0 1-5 5H31l-10 9v-9h-5a5 5 0 0 1-5-5V20a5 5 0 0 1 5-5z" fill="#fff" />
      <path d="M21 26h22M21 33h14" stroke="#1d4ed8" strokeWidth="4" strokeLinecap="round" />
    </svg>
  );
}
