import { expect, type Page, type Route } from "@playwright/test";
import { sandbox, WEBCHAT } from "./inbox-page";

/** A 1x1 PNG. */
export const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

/** A WAV file of silence, `seconds` long (8 kHz, 16-bit mono), that a browser can measure. */
export function silentWav(seconds: number): Buffer {
  const samples = Math.round(8_000 * seconds);
  const data = samples * 2;
  const wav = Buffer.alloc(44 + data);
  wav.write("RIFF", 0);
  wav.writeUInt32LE(36 + data, 4);
  wav.write("WAVEfmt ", 8);
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(8_000, 24);
  wav.writeUInt32LE(16_000, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write("data", 36);
  wav.writeUInt32LE(data, 40);
  return wav;
}

/** Answers every request to `origin` with `answer`, and counts them: no real host is ever reached. */
export async function serveFrom(page: Page, origin: string, answer: (route: Route) => Promise<void>) {
  const seen: string[] = [];
  await page.route(`${origin}/**`, async (route) => {
    seen.push(route.request().url());
    await answer(route);
  });
  return seen;
}

/** A customer sends a file on a fresh webchat destination (or the one given). */
export async function customerSendsFile(file: { type: string; fileUrl: string; thumbUrl?: string; message?: string }, destination: string) {
  await sandbox("inbound", { body: { ...WEBCHAT, destination, ...file } });
  return destination;
}

/** Opens a conversation by its destination, straight through its URL, once the mirror has it. */
export async function openConversation(page: Page, destination: string) {
  let id: number | undefined;
  await expect
    .poll(
      async () => {
        const body = (await (await page.request.get(`/api/inbox?q=${encodeURIComponent(destination)}`)).json()) as { conversations: { id: number; destination: string }[] };
        id = body.conversations.find((c) => c.destination === destination)?.id;
        return id;
      },
      { timeout: 15_000 },
    )
    .toBeDefined();
  await page.goto(`/inbox?c=${id}`);
  await expect(page.getByTestId("thread")).toBeVisible();
  return id as number;
}
