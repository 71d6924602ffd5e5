import path from "node:path";
import { loadEnvConfig } from "@next/env";

/** Reads .env, .env.local and friends the way Next does, so scripts and the app agree. */
export function loadEnvFiles(dev: boolean): void {
  loadEnvConfig(path.resolve(import.meta.dirname, ".."), dev, { info: () => undefined, error: console.error });
}
