import { defineConfig } from "drizzle-kit";

// Generates SQL migrations from the schema; they are applied in-process at start-up.
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema.ts",
  out: "./lib/db/migrations",
});
