/**
 * Runs once when the server starts, and Next serves nothing before it returns: a bad
 * configuration stops it here with a sentence naming the variable, and it returns once the
 * server can answer at speed (lib/start.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { loadEnv } = await import("./lib/env");
  loadEnv();
  const { serverReady, startServerTasks } = await import("./lib/start");
  startServerTasks();
  await serverReady();
}
