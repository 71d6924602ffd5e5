/*
 * An app instance in its own process, to be killed with -9 while it holds the sync lease.
 * `lease-holder.ts <database> <sandbox api url> <password> [owner]`: <database> is a Postgres URL or
 * a PGlite folder. It starts the sync loop and prints the loop's JSON log lines on stdout.
 */
import pino from "pino";
import { createAfilnetClient } from "@/lib/afilnet";
import { openDatabase } from "@/lib/db/handle";
import { startSyncLoop } from "@/lib/sync/loop";
import { syncSettings } from "@/lib/sync/settings";
import { instanceOwner } from "@/lib/sync/lease";

async function main([database, apiUrl, password, owner]: string[]) {
  if (!database || !apiUrl || !password) throw new Error("usage: lease-holder.ts <database> <api url> <password> [owner]");
  const handle = await openDatabase(/^postgres/.test(database) ? { url: database } : { dataDir: database });
  const logger = pino({ level: "debug", base: undefined });
  const client = createAfilnetClient({ baseUrl: apiUrl, user: "sandbox", password, auth: "post", timeoutMs: 30_000, readRetries: 0, logger: pino({ level: "silent" }) });
  startSyncLoop({ db: handle.db, client, owner: owner ?? instanceOwner(), settings: syncSettings({ intervalMs: 1_000, concurrency: 2 }), logger });
}

void main(process.argv.slice(2));
