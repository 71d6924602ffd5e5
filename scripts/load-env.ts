import path from "node:path";
import nextEnv from "@next/env";

/** Reads .env, .env.local and friends the way Next does, so scripts and the app agree. */
export function loadEnvFiles(dev: boolean): void {
  nextEnv.loadEnvConfig(path.resolve(import.meta.dirname, ".."), dev, { info: () => undefined, error: console.error });
}
