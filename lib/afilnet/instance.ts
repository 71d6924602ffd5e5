import "server-only";
import { createAfilnetClient, type AfilnetClient } from "@/lib/afilnet";
import { loadEnv } from "@/lib/env";

const holder = globalThis as typeof globalThis & { __afilnetClient?: AfilnetClient };

/** The one Afilnet client of this process, configured from the environment. */
export function getAfilnetClient(): AfilnetClient {
  if (!holder.__afilnetClient) {
    const env = loadEnv();
    holder.__afilnetClient = createAfilnetClient({
      ...env.afilnet,
      timeoutMs: env.AFILNET_TIMEOUT_MS,
      timeZone: env.AFILNET_TIMEZONE,
    });
  }
  return holder.__afilnetClient;
}
