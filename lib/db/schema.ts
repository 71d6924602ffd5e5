/*
 * The database schema, one pg-core schema for PGlite and Postgres alike, kept by area:
 * agents and sign-in, the mirror of Afilnet with the sync state, the outbox of sends, and the
 * supervisor's queue settings and samples, what the team knows of its contacts, who a
 * private note mentions, and the canned replies.
 * drizzle-kit reads it from here.
 */
export * from "@/lib/db/schema/agents";
export * from "@/lib/db/schema/mirror";
export * from "@/lib/db/schema/outbox";
export * from "@/lib/db/schema/queues";
export * from "@/lib/db/schema/work";
export * from "@/lib/db/schema/media";
export * from "@/lib/db/schema/contacts";
export * from "@/lib/db/schema/presence";
export * from "@/lib/db/schema/notes";
export * from "@/lib/db/schema/canned";
