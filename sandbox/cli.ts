import { parseOptions, USAGE } from "./options";
import { describeSeed } from "./seeds";
import { createSandbox, type Sandbox } from "./server";

/** Exit code for a command line the sandbox cannot run with. */
const BAD_USAGE = 2;

async function main(): Promise<void> {
  const parsed = parseOptions(process.argv.slice(2), process.env);
  if (parsed.ok === "help") {
    console.log(USAGE);
    return;
  }
  if (!parsed.ok) {
    console.error(`sandbox: ${parsed.error}`);
    process.exit(BAD_USAGE);
  }
  const options = parsed.options;
  let sandbox: Sandbox;
  try {
    sandbox = createSandbox(options);
  } catch (error) {
    console.error(`sandbox: --data: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(BAD_USAGE);
  }
  // Handlers go in before the listening line: whoever reads it may signal at once.
  let stopping = false;
  const stop = () => {
    // A second signal while closing means "now".
    if (stopping) process.exit(1);
    stopping = true;
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);

  let url: string;
  try {
    url = await sandbox.listen(options.port, options.host);
  } catch (error) {
    console.error(`sandbox: cannot listen on ${options.host}:${options.port} (${error instanceof Error ? error.message : String(error)})`);
    process.exit(1);
  }

  const { channels, chats, messages } = sandbox.context.store.counts();
  const origin = sandbox.restored ? `restored from ${options.dataFile}` : `seeded with ${describeSeed(options.seed)}`;
  console.log(`Sandbox ${origin}: ${channels} channels, ${chats} chats, ${messages} messages; API user "${options.user}"`);
  console.log(`Sandbox listening on ${url}`);
}

main().catch((error: unknown) => {
  console.error("sandbox:", error);
  process.exit(1);
});
