import { afterAll, beforeAll } from "vitest";
import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { openDatabase, type DatabaseHandle } from "@/lib/db/handle";

/**
 * A new, empty, migrated database for one test file: in-memory PGlite by default, or a fresh
 * database on the Postgres server named by TEST_DATABASE_URL (dropped again on close).
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  // TEST_PGLITE_OFF_THREAD=1: in a worker thread, as the app runs it (slower to start).
  if (!serverUrl) return openDatabase({ offThread: process.env.TEST_PGLITE_OFF_THREAD === "1" });
  const name = `inbox_test_${randomUUID().replace(/-/g, "")}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  return {
    ...handle,
    async close() {
      await handle.close();
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(serverUrl: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A fresh test database for the whole test file, closed after it. */
export function databaseForFile(): { readonly db: DatabaseHandle["db"]; readonly handle: () => DatabaseHandle } {
  let current: DatabaseHandle | undefined;
  beforeAll(async () => {
    current = await createTestDatabase();
  });
  afterAll(async () => {
    await current?.close();
  });
  const handle = () => {
    if (!current) throw new Error("The test database is not open: use it inside a test or a hook.");
    return current;
  };
  return {
    get db() {
      return handle().db;
    },
    handle,
  };
}
