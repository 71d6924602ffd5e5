import fs from "node:fs";
import path from "node:path";

export class DatabaseBusyError extends Error {
  constructor(folder: string, pid: number) {
    super(
      `The database folder ${folder} is in use by another process (pid ${pid}). ` +
        `Stop that process first (Ctrl+C where the inbox runs, or kill ${pid}), or set PGLITE_DIR to another folder, ` +
        "or use a Postgres server through DATABASE_URL. " +
        `If no process ${pid} is running, delete ${folder}.lock and start again.`,
    );
    this.name = "DatabaseBusyError";
  }
}

/**
 * Who a process is, beyond its pid: pids are reused, and a container restarts as pid 1 every
 * time. The boot id changes with every boot, the start time (clock ticks since boot, from
 * /proc) with every process. Both are null where /proc is missing (not Linux).
 */
export interface ProcessMark {
  pid: number;
  bootId: string | null;
  startTicks: string | null;
}

function readOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8").trim() || null;
  } catch {
    return null;
  }
}

function startTicksOf(pid: number): string | null {
  const stat = readOrNull(`/proc/${pid}/stat`);
  // Field 22; the command name (field 2) may hold spaces, so count from its closing bracket.
  return stat?.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
}

export function processMark(pid = process.pid): ProcessMark {
  return { pid, bootId: readOrNull("/proc/sys/kernel/random/boot_id"), startTicks: startTicksOf(pid) };
}

/** True when the marked process no longer runs, even if its pid now names another process. */
export function processGone(mark: ProcessMark): boolean {
  const now = processMark(mark.pid);
  if (mark.bootId && now.bootId && mark.bootId !== now.bootId) return true;
  if (mark.pid === process.pid) return mark.startTicks === null || mark.startTicks !== now.startTicks;
  try {
    process.kill(mark.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return true;
  }
  return Boolean(mark.startTicks && now.startTicks && mark.startTicks !== now.startTicks);
}

/** The lock's content: a mark in JSON, or a bare pid as earlier versions wrote it. */
function readMark(lockFile: string): ProcessMark | null {
  const text = readOrNull(lockFile);
  if (text === null) return null;
  if (/^\d+$/.test(text)) return { pid: Number(text), bootId: null, startTicks: null };
  try {
    const mark = JSON.parse(text) as ProcessMark;
    return Number.isInteger(mark.pid) && mark.pid > 0 ? mark : null;
  } catch {
    return null;
  }
}

/** Creates the lock file with its whole content at once, or fails with EEXIST. */
function createLock(lockFile: string): boolean {
  const draft = `${lockFile}.${process.pid}.${Date.now()}`;
  fs.writeFileSync(draft, JSON.stringify(processMark()));
  try {
    fs.linkSync(draft, lockFile);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return false;
  } finally {
    fs.rmSync(draft, { force: true });
  }
}

/**
 * Removes a lock judged stale, unless another starting process replaced it meanwhile: the
 * removers take turns through `<lock>.takeover`, and each looks again once it has its turn.
 */
async function removeStale(lockFile: string, judged: string | null): Promise<void> {
  const turn = `${lockFile}.takeover`;
  for (let waited = 0; waited < 5_000; waited += 50) {
    try {
      fs.writeFileSync(turn, String(process.pid), { flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // A turn left by a process that died while taking over.
      if (Date.now() - (fs.statSync(turn, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 10_000) fs.rmSync(turn, { force: true });
      await new Promise((resolve) => setTimeout(resolve, 50));
      continue;
    }
    try {
      if (readOrNull(lockFile) === judged) fs.rmSync(lockFile, { force: true });
    } finally {
      fs.rmSync(turn, { force: true });
    }
    return;
  }
}

const held = ((globalThis as typeof globalThis & { __heldFolderLocks?: Set<string> }).__heldFolderLocks ??= new Set<string>());

/**
 * Takes `<folder>.lock` for this process, creating the folder's parent as PGlite needs. A lock
 * left by a process that no longer runs is taken over, even when its pid is ours again.
 */
export async function acquireFolderLock(folder: string): Promise<() => void> {
  await fs.promises.mkdir(path.dirname(folder), { recursive: true });
  const lockFile = `${folder}.lock`;
  if (held.has(lockFile)) throw new Error(`The database folder ${folder} is already open in this process.`);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (createLock(lockFile)) {
      held.add(lockFile);
      const release = () => {
        held.delete(lockFile);
        if (readMark(lockFile)?.pid === process.pid) fs.rmSync(lockFile, { force: true });
        process.off("exit", release);
      };
      process.on("exit", release);
      return release;
    }
    const seen = readOrNull(lockFile);
    const owner = readMark(lockFile);
    if (owner && !processGone(owner)) throw new DatabaseBusyError(folder, owner.pid);
    await removeStale(lockFile, seen);
  }
  throw new Error(`Could not lock the database folder ${folder}.`);
}
