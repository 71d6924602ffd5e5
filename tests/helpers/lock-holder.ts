/*
 * A separate process that takes a database folder's lock and keeps it until killed, standing
 * for a running inbox. Run with tsx: `lock-holder.ts <folder>`; prints "locked" once it holds it.
 */
import { acquireFolderLock } from "@/lib/db/folder-lock";

async function main(folder: string | undefined) {
  if (!folder) throw new Error("usage: lock-holder.ts <folder>");
  await acquireFolderLock(folder);
  process.stdout.write("locked\n");
  setInterval(() => undefined, 60_000);
}

void main(process.argv[2]);
