import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "@/lib/db/handle";
import { startChild, type Child } from "../../helpers/child";

/* The embedded database's folder lock, as a restarted container meets it. */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "inbox-lock-"));
const children: Child[] = [];
let open: DatabaseHandle | undefined;

afterEach(async () => {
  await open?.close();
  open = undefined;
  await Promise.all(children.splice(0).map((child) => child.kill9()));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const folder = (name: string) => path.join(tmp, name, "pglite");

describe("the embedded database's folder lock", () => {
  it("is taken over when it names this very pid from a previous life (a container's pid 1 after kill -9)", async () => {
    const dir = folder("same-pid");
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    // What a killed process left behind: its pid, which the restarted process got again.
    fs.writeFileSync(`${dir}.lock`, String(process.pid));
    open = await openDatabase({ dataDir: dir });
    expect(open.kind).toBe("pglite");
  });

  it("is taken over when its pid now belongs to another process that started later", async () => {
    const dir = folder("reused-pid");
    const child = startChild("./lock-holder.ts", [folder("elsewhere")]);
    children.push(child);
    await child.waitFor(/locked/);
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    const left = JSON.parse(fs.readFileSync(`${folder("elsewhere")}.lock`, "utf8")) as Record<string, unknown>;
    // The same pid and boot, but a process start time that is not the running one's.
    fs.writeFileSync(`${dir}.lock`, JSON.stringify({ ...left, pid: child.pid, startTicks: "1" }));
    open = await openDatabase({ dataDir: dir });
    expect(open.kind).toBe("pglite");
  });

  it("refuses while another live process holds it, saying what to do, and is free once that process is killed", async () => {
    const dir = folder("busy");
    const child = startChild("./lock-holder.ts", [dir]);
    children.push(child);
    await child.waitFor(/locked/);
    const refusal = openDatabase({ dataDir: dir });
    await expect(refusal).rejects.toMatchObject({ name: "DatabaseBusyError" });
    await expect(refusal).rejects.toThrow(new RegExp(`pid ${child.pid}.*Stop that process.*DATABASE_URL`, "s"));
    await child.kill9();
    open = await openDatabase({ dataDir: dir });
    expect(open.kind).toBe("pglite");
  });

  it("still refuses a second opener within one process", async () => {
    const dir = folder("twice");
    open = await openDatabase({ dataDir: dir });
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/already open in this process/);
  });
});
