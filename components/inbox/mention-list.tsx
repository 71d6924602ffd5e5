"use client";

import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import type { Teammate } from "@/lib/query/team-queries";

export const mentionOptionId = (listId: string, index: number) => `${listId}-option-${index}`;

interface Props {
  id: string;
  options: Teammate[];
  active: number;
  onPick: (person: Teammate) => void;
  onHover: (index: number) => void;
}

/**
 * The teammates an `@` may name, under the note box. A listbox the box points into with
 * aria-activedescendant: the focus stays in the text while the arrows move here.
 */
export function MentionList({ id, options, active, onPick, onHover }: Props) {
  const t = useTranslations("inbox.notes");
  return (
    <ul
      id={id}
      role="listbox"
      aria-label={t("mentionListLabel")}
      className="absolute bottom-full left-0 z-20 mb-1 max-h-56 w-64 max-w-full overflow-y-auto rounded-md border border-border bg-surface-raised py-1 text-sm text-ink shadow-lg"
      data-testid="mention-list"
    >
      {options.map((person, index) => (
        <li
          key={person.id}
          id={mentionOptionId(id, index)}
          role="option"
          aria-selected={index === active}
          className={clsx("cursor-pointer px-3 py-1.5", index === active && "bg-[var(--selected)] font-medium")}
          // Keeps the focus (and the caret) in the note box.
          onMouseDown={(event) => event.preventDefault()}
          onMouseEnter={() => onHover(index)}
          onClick={() => onPick(person)}
          data-testid="mention-option"
        >
          {person.name}
        </li>
      ))}
    </ul>
  );
}
