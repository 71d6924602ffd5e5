import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { agents } from "./agents";

/**
 * The hosts from which customer media loads by itself in the agents' browsers: one row, kept
 * by supervisors. No row means the defaults (the platforms' own media hosts), so that a new
 * installation is safe before anyone has looked at the setting.
 */
export const mediaSettings = pgTable("media_settings", {
  id: text("id").primaryKey(),
  allowedHosts: text("allowed_hosts").array().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid("updated_by").references(() => agents.id),
});
