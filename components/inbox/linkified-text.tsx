import { linkParts } from "./format";
import { HighlightedText } from "./highlighted-text";

/**
 * Customer text as text: React escapes it, and only http(s) URLs become links, opened in a
 * new tab without handing the opener or the referrer to the other site. A search's matches
 * are marked in the text.
 */
export function LinkifiedText({ text, highlight }: { text: string; highlight?: string }) {
  return (
    <>
      {linkParts(text).map((part, index) =>
        part.kind === "link" ? (
          <a key={index} href={part.href} target="_blank" rel="noopener noreferrer" className="break-all underline">
            {part.text}
          </a>
        ) : (
          <span key={index}>
            <HighlightedText text={part.text} query={highlight} />
          </span>
        ),
      )}
    </>
  );
}
