import { linkParts } from "./format";

/**
 * Customer text as text: React escapes it, and only http(s) URLs become links, opened in a
 * new tab without handing the opener or the referrer to the other site.
 */
export function LinkifiedText({ text }: { text: string }) {
  return (
    <>
      {linkParts(text).map((part, index) =>
        part.kind === "link" ? (
          <a key={index} href={part.href} target="_blank" rel="noopener noreferrer" className="break-all underline">
            {part.text}
          </a>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
