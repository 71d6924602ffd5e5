import { highlightParts } from "./highlight";

/** Text with a search's matches marked; customer text stays text (React escapes it). */
export function HighlightedText({ text, query }: { text: string; query: string | undefined }) {
  if (!query) return <>{text}</>;
  return (
    <>
      {highlightParts(text, query).map((part, index) =>
        part.marked ? (
          <mark key={index} className="rounded-sm bg-highlight px-0.5 text-ink" data-testid="search-highlight">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
