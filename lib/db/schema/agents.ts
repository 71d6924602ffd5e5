import { sql } from "drizzle-orm";
import { boolean, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const agentRole = pgEnum("agent_role", ["agent", "supervisor"]);

export const agents = pgTable(
  "agents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stored lower-cased; the index below also keeps case-variants from coexisting. */
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: agentRole("role").notNull().default("agent"),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Last authenticated request, at most a minute stale: who is at work now. */
    lastActiveAt: timestamp("last_active_at", { withTimezone: true }),
    signedOutAt: timestamp("signed_out_at", { withTimezone: true }),
    /** Chosen in the header: online, away or offline. Inactivity makes anyone offline (lib/inbox/availability.ts). */
    availability: text("availability").notNull().default("online"),
    /** For round-robin: who was given a conversation longest ago goes first among equals. */
    lastAssignedAt: timestamp("last_assigned_at", { withTimezone: true }),
    /**
     * Carried in every session token and compared on every request: moving it (sign-out,
     * password change, deactivation, role change) ends every session issued before.
     */
    sessionVersion: integer("session_version").notNull().default(1),
    /** Chosen in the header; unset means the browser's language (lib/i18n/request.ts). */
    locale: text("locale"),
    /** IANA zone chosen in the header, or saved from the browser at the first sign-in. */
    timeZone: text("time_zone"),
  },
  (table) => [uniqueIndex("agents_email_lower_unique").on(sql`lower(${table.email})`)],
);

/** Failed sign-ins per email and per client address, for throttling. */
export const loginAttempts = pgTable("login_attempts", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
});

export type AgentRow = typeof agents.$inferSelect;
export type AgentRole = (typeof agentRole.enumValues)[number];
