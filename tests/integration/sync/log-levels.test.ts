import { describe, expect, it } from "vitest";
import { createAfilnetClient } from "@/lib/afilnet";
import { runSyncOnce } from "@/lib/sync/engine";
import { databaseForFile } from "../../helpers/db";
import { capturingLogger, syncContext } from "../../helpers/mirror";
import { sandboxForFile } from "../../helpers/sandbox";

/*
 * A production run logs at info: what a person reading the log needs (a sync that changed
 * something or failed), never one line per Afilnet call, which a sync makes every few seconds.
 */
const sandbox = sandboxForFile({ seed: "demo", args: ["--customers", "0"] }, { resetBeforeEach: false });
const handle = databaseForFile();

function loggedAt(level: "info" | "debug") {
  const capture = capturingLogger(level);
  const client = createAfilnetClient({ baseUrl: sandbox.apiUrl, user: sandbox.user, password: sandbox.password, auth: "post", timeoutMs: 3_000, readRetries: 0, logger: capture.logger });
  const sync = () => runSyncOnce(syncContext(handle.db, client, { logger: capture.logger }), { force: true });
  return { sync, events: () => capture.lines.map((line) => `${String(line.event)}:${String(line.level)}`) };
}

describe("log lines of the mirror", () => {
  it("at info: one line for a sync that changed the mirror, none for an idle one, none per call", async () => {
    const info = loggedAt("info");
    expect(await info.sync()).toMatchObject({ ok: true, changed: true });
    expect(info.events()).toEqual(["sync_pass:30"]);
    // Passes go on until one finds nothing new (the work rules may settle a few things first).
    let changed = 1;
    for (let pass = 0; pass < 5; pass++) {
      const outcome = await info.sync();
      expect(outcome).toMatchObject({ ok: true });
      if ((outcome as { changed: boolean }).changed) changed += 1;
      expect(info.events()).toEqual(Array<string>(changed).fill("sync_pass:30"));
      if (!(outcome as { changed: boolean }).changed) break;
    }
    expect(changed).toBeLessThan(6);
    await sandbox.admin("faults", { body: { kind: "http500" } });
    try {
      expect(await info.sync()).toMatchObject({ ok: false });
    } finally {
      await sandbox.admin("faults", { method: "DELETE" });
    }
    expect(info.events()).toEqual([...Array<string>(changed).fill("sync_pass:30"), "sync_failed:40"]);
  });

  it("at debug: every call and every pass", async () => {
    const debug = loggedAt("debug");
    expect(await debug.sync()).toMatchObject({ ok: true, changed: false });
    const events = debug.events();
    expect(events).toContain("afilnet_call:20");
    expect(events).toContain("sync_pass:20");
    expect(events.filter((event) => event.startsWith("afilnet_call")).length).toBeGreaterThanOrEqual(5);
  });
});
