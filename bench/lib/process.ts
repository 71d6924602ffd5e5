import type { ChildProcess } from "node:child_process";
import net from "node:net";

/** A loopback port free at this moment; the app binds it a moment later. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}

/** Signal 0 only asks whether any process of the group is still there. */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals | 0): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false; // ESRCH: no process of the group is left.
  }
}

/** SIGTERM to the whole group, then SIGKILL to whatever is still there after 10 s. */
export async function stopGroup(child: ChildProcess): Promise<void> {
  if (!killGroup(child, "SIGTERM")) return;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (!killGroup(child, 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  killGroup(child, "SIGKILL");
}
