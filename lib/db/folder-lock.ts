import fs from "node:fs";
import path from "node:path";

export class DatabaseBusyError extends Error {
  constructor(folder: string, pid: number) {
    super(
      `The database folder ${folder} is in use by another process (pid ${pid}). ` +
        "Stop the running inbox first, or use a Postgres server through DATABASE_URL.",
    );
    this.name = "DatabaseBusyError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes `<folder>.lock` for this process, creating the folder's parent as PGlite needs.
 * A lock left by a process that no longer runs is taken over.
 */
export async function acquireFolderLock(folder: string): Promise<() => void> {
  await fs.promises.mkdir(path.dirname(folder), { recursive: true });
  const lockFile = `${folder}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(lockFile, "utf8") === String(process.pid)) fs.unlinkSync(lockFile);
        } catch {
          // Already gone: nothing to release.
        }
        process.off("exit", release);
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number(fs.readFileSync(lockFile, "utf8"));
      if (pid === process.pid) throw new Error(`The database folder ${folder} is already open in this process.`);
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) throw new DatabaseBusyError(folder, pid);
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not lock the database folder ${folder}.`);
}
