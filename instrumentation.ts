/**
 * Runs once when the server starts: a bad configuration stops it here with a sentence naming
 * the variable, and the database starts opening before the first request needs it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { loadEnv } = await import("./lib/env");
  loadEnv();
  const { startServerTasks } = await import("./lib/start");
  startServerTasks();
}
