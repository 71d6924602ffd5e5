import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { openDatabase, type DatabaseHandle } from "../../lib/db/handle";

async function adminQuery(serverUrl: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * The benchmark's own database: in-memory PGlite, or a throw-away database on the Postgres
 * server that BENCH_DATABASE_URL names (created here, dropped at the end).
 */
export async function openBenchDatabase(): Promise<DatabaseHandle & { label: string }> {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl) return { ...(await openDatabase({})), label: "in-memory PGlite" };
  const name = `inbox_bench_${randomUUID().replace(/-/g, "")}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  return {
    ...handle,
    label: "Postgres",
    async close() {
      await handle.close();
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

/** A throw-away database on the server `serverUrl` names, for an app the benchmark starts. */
export async function createServerDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `inbox_bench_${randomUUID().replace(/-/g, "")}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`) };
}
