/*
 * A table that is a table from the lg breakpoint up and a stack of cards below it: each row a
 * card, each cell labelled by its column (the `data-label` attribute, shown before the value).
 * The roles are written out because a table whose display changes loses its semantics in some
 * browsers; with them, a screen reader hears a table at every width.
 */
export const CARD_TABLE = {
  table: "block w-full border-collapse text-sm lg:table lg:min-w-[60rem]",
  caption: "block px-4 pt-3 pb-2 text-left lg:table-caption",
  head: "block border-b border-border text-ink-muted lg:table-header-group",
  /** Below lg the headings become a row of sort buttons. */
  headRow: "flex flex-wrap gap-x-1 gap-y-1 px-3 pb-2 lg:table-row lg:p-0",
  body: "block lg:table-row-group",
  foot: "block lg:table-footer-group",
  row: "grid grid-cols-2 gap-x-4 gap-y-2 px-3 py-3 sm:grid-cols-4 lg:table-row lg:p-0",
  /** The cell that names the row: the card's title. */
  title: "col-span-full block lg:table-cell",
  /** A cell spanning the whole row (a panel below it, an empty state). */
  wide: "col-span-full block lg:table-cell",
  cell: "block lg:table-cell",
  /** The column's name above the value, on cards only. */
  labelled: "before:block before:text-xs before:font-normal before:text-ink-muted before:content-[attr(data-label)] lg:before:content-none",
} as const;
