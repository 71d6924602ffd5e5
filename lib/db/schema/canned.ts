import { sql } from "drizzle-orm";
import { check, jsonb, pgTable, serial, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { agents } from "./agents";

/**
 * Canned replies: the team's (no owner, kept by supervisors) and each agent's own. The name
 * is typed after `/` in the composer, so it is unique where it is looked up: among the team's,
 * and among one owner's (case aside); two agents may each keep a "thanks" of their own.
 */
export const cannedReplies = pgTable(
  "canned_replies",
  {
    id: serial("id").primaryKey(),
    /** "team" or "personal". */
    scope: text("scope").notNull(),
    /** The agent a personal reply belongs to; null for the team's. */
    ownerId: uuid("owner_id").references(() => agents.id),
    name: text("name").notNull(),
    /** In whatever language its author wrote. */
    text: text("text").notNull(),
    /** Optional versions by language: { en?, es?, pt?, pl? }. */
    translations: jsonb("translations").$type<Partial<Record<"en" | "es" | "pt" | "pl", string>>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => agents.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid("updated_by").references(() => agents.id),
  },
  (table) => [
    check("canned_replies_scope_owner", sql`(${table.scope} = 'team' and ${table.ownerId} is null) or (${table.scope} = 'personal' and ${table.ownerId} is not null)`),
    uniqueIndex("canned_replies_team_name").on(sql`lower(${table.name})`).where(sql`${table.scope} = 'team'`),
    uniqueIndex("canned_replies_personal_name").on(table.ownerId, sql`lower(${table.name})`).where(sql`${table.scope} = 'personal'`),
  ],
);

export type CannedReplyRow = typeof cannedReplies.$inferSelect;
