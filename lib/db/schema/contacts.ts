import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { agents } from "./agents";

/**
 * What the team knows of a customer, by destination: the same number writing on WhatsApp and
 * calling the phone desk is one person. A display name anyone on the team may set (shown
 * instead of the raw destination, and searched like it) and a note.
 */
export const contacts = pgTable(
  "contacts",
  {
    destination: text("destination").primaryKey(),
    displayName: text("display_name"),
    note: text("note").notNull().default(""),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid("updated_by").references(() => agents.id),
  },
  // Search folds names as it folds messages (inbox_fold, migration 0010).
  (table) => [index("contacts_name_folded_trgm").using("gin", sql`inbox_fold(${table.displayName}) gin_trgm_ops`)],
);

export type ContactRow = typeof contacts.$inferSelect;
