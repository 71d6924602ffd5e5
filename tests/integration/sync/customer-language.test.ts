import { afterAll, beforeAll, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/handle";
import { listConversations } from "@/lib/db/queries/conversations";
import { runSyncOnce } from "@/lib/sync/engine";
import { createTestDatabase } from "../../helpers/db";
import { sandboxClient, syncContext } from "../../helpers/mirror";
import { startSandbox, type RunningSandbox } from "../../helpers/sandbox";

let sandbox: RunningSandbox;
let handle: DatabaseHandle;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: "demo", args: ["--customers", "0"] });
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
  await sandbox?.stop();
});

const WEBCHAT = { platform: "webchat", platformId: "300" };
const sync = () => runSyncOnce(syncContext(handle.db, sandboxClient(sandbox)), { force: true });
const writes = (destination: string, message: string) => sandbox.admin("inbound", { body: { ...WEBCHAT, destination, message } });
async function languageOf(destination: string): Promise<string | null | undefined> {
  const { rows } = await listConversations(handle.db, { limit: 5, q: destination });
  return rows.find((row) => row.destination === destination)?.customerLanguage;
}

it("tells each conversation's language from what its customer writes, and stays unsure of a greeting", async () => {
  await writes("lang-es", "Hola, quería saber si la lámpara que compré tiene garantía");
  await writes("lang-pt", "Olá, gostaria de saber quando chega a minha encomenda");
  await writes("lang-pl", "Dzień dobry, chciałbym zwrócić zamówienie");
  await writes("lang-en", "Hi, my order has not arrived yet, can you help?");
  await writes("lang-unsure", "ok");
  await sync();
  expect(await languageOf("lang-es")).toBe("es");
  expect(await languageOf("lang-pt")).toBe("pt");
  expect(await languageOf("lang-pl")).toBe("pl");
  expect(await languageOf("lang-en")).toBe("en");
  expect(await languageOf("lang-unsure")).toBeNull();
});

it("keeps what it knew when the next message is too short to tell, and follows a customer who switches", async () => {
  await writes("lang-switch", "Dzień dobry, czy mogę zwrócić krzesło, które kupiłem w zeszłym tygodniu?");
  await sync();
  expect(await languageOf("lang-switch")).toBe("pl");
  await writes("lang-switch", "ok");
  await sync();
  expect(await languageOf("lang-switch")).toBe("pl");
  for (const text of ["Sorry, I will write in English from now on.", "My colleague says the chair arrived broken.", "Can you send a new one next week please?", "Thank you very much for your help with this order."]) {
    await writes("lang-switch", text);
  }
  await sync();
  expect(await languageOf("lang-switch")).toBe("en");
});
