import readline from "node:readline";

/** Reads a password from standard input: asked twice and not echoed on a terminal, or piped in. */
export async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = "";
    for await (const chunk of process.stdin) text += chunk;
    return text.replace(/\r?\n$/, "");
  }
  const first = await ask("Password: ");
  const second = await ask("Repeat the password: ");
  if (first !== second) throw new Error("The two passwords differ; nothing was changed.");
  return first;
}

function ask(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    process.stdout.write(prompt);
    // Echo nothing of what is typed.
    output._writeToOutput = () => undefined;
    rl.question("", (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}
