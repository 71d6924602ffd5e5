import type { BenchSandbox } from "./sandbox";

/** The mix: one kind at a time, switched every half second, each on 20% of the calls. */
const KINDS: Record<string, unknown>[] = [
  { kind: "http500" },
  { kind: "reset" },
  { kind: "hang" },
  { kind: "http500", when: "after" },
  { kind: "reset", when: "after" },
  { kind: "hang", when: "after" },
  { kind: "malformed", when: "after" },
  { kind: "hang", when: "after", lateMs: 3_000 },
  { kind: "hang", when: "after", lateMs: 7_000 },
  { kind: "hang", when: "after", lateMs: 12_000 },
];

export function rotateFaults(sandbox: BenchSandbox, errorRate = 0.2, everyMs = 500) {
  let phases = 0;
  let running = true;
  const done = (async () => {
    while (running) {
      const fault = KINDS[Math.floor(Math.random() * KINDS.length)];
      await sandbox.admin("faults", { body: { ...fault, errorRate } });
      phases++;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
    await sandbox.admin("faults", { method: "DELETE" });
  })();
  return {
    phases: () => phases,
    async stop() {
      running = false;
      await done;
    },
  };
}

/** Outbound copies of each text across the sandbox's chats. */
export async function countCopies(sandbox: BenchSandbox): Promise<Map<string, number>> {
  const { chats } = await sandbox.admin<{ chats: { messages: { direction: string; text: string }[] }[] }>("chats");
  const copies = new Map<string, number>();
  for (const chat of chats) {
    for (const message of chat.messages) if (message.direction === "out") copies.set(message.text, (copies.get(message.text) ?? 0) + 1);
  }
  return copies;
}
