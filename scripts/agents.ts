import { parseArgs } from "node:util";
import { z } from "zod";
import { hashPassword, passwordProblem } from "../lib/auth/password";
import { openDatabase, type Db } from "../lib/db/handle";
import { createAgent, findAgentByEmail, listAgents, setAgentPasswordHash, setAgentRole } from "../lib/db/queries/agents";
import { setAgentActiveWithWork } from "../lib/queues/team";
import { EnvError, parseEnv } from "../lib/env";
import { loadEnvFiles } from "./load-env";
import { readPassword } from "./read-password";

const USAGE = `Manage the agents who can sign in.

  npm run agents -- add --email E --name N [--role agent|supervisor]   (password from standard input)
  npm run agents -- list
  npm run agents -- deactivate --email E
  npm run agents -- activate --email E
  npm run agents -- set-password --email E                             (password from standard input)
  npm run agents -- set-role --email E --role agent|supervisor

The password is never taken from the command line: type it when asked, or pipe it in.
Deactivating, setting a password and setting a role end the agent's sessions everywhere.`;

class UsageError extends Error {}

const email = z.email("--email must be an email address");
const role = z.enum(["agent", "supervisor"], { message: '--role must be "agent" or "supervisor"' });

async function run(command: string | undefined, values: Record<string, string | undefined>, db: Db): Promise<string> {
  const requireEmail = () => {
    const parsed = email.safeParse(values.email);
    if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? "--email is required");
    return parsed.data;
  };
  const existing = async () => {
    const agent = await findAgentByEmail(db, requireEmail());
    if (!agent) throw new UsageError(`No agent has the email ${values.email}.`);
    return agent;
  };
  switch (command) {
    case "add": {
      const address = requireEmail();
      const name = values.name?.trim();
      if (!name) throw new UsageError("--name is required");
      const chosenRole = role.safeParse(values.role ?? "agent");
      if (!chosenRole.success) throw new UsageError(chosenRole.error.issues[0]?.message ?? "bad --role");
      if (await findAgentByEmail(db, address)) throw new UsageError(`An agent with the email ${address} already exists.`);
      const password = await newPassword();
      const agent = await createAgent(db, { email: address, displayName: name, role: chosenRole.data, passwordHash: await hashPassword(password) });
      return `Added ${agent.displayName} <${agent.email}> as ${agent.role}.`;
    }
    case "list": {
      const rows = await listAgents(db);
      if (rows.length === 0) return "No agents yet. Add one with: npm run agents -- add --email E --name N";
      return rows
        .map((a) => `${a.email.padEnd(32)} ${a.displayName.padEnd(24)} ${a.role.padEnd(10)} ${a.active ? "active" : "deactivated"}`)
        .join("\n");
    }
    case "deactivate":
    case "activate": {
      const agent = await existing();
      await setAgentActiveWithWork(db, agent.id, command === "activate", null);
      return command === "activate"
        ? `Reactivated ${agent.email}.`
        : `Deactivated ${agent.email}; their session stops working at their next request, and their open conversations are unassigned.`;
    }
    case "set-password": {
      const agent = await existing();
      await setAgentPasswordHash(db, agent.id, await hashPassword(await newPassword()));
      return `Set a new password for ${agent.email}; their sessions have ended.`;
    }
    case "set-role": {
      const agent = await existing();
      const chosenRole = role.safeParse(values.role);
      if (!chosenRole.success) throw new UsageError(chosenRole.error.issues[0]?.message ?? "bad --role");
      await setAgentRole(db, agent.id, chosenRole.data);
      return `${agent.email} is now ${chosenRole.data === "supervisor" ? "a supervisor" : "an agent"}; their sessions have ended.`;
    }
    default:
      throw new UsageError(command ? `Unknown command "${command}".\n\n${USAGE}` : USAGE);
  }
}

async function newPassword(): Promise<string> {
  const password = await readPassword();
  const problem = passwordProblem(password);
  if (problem) throw new UsageError(problem);
  return password;
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, help: { type: "boolean" } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  loadEnvFiles(false);
  const env = parseEnv(process.env);
  const handle = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.PGLITE_DIR });
  try {
    console.log(await run(positionals[0], values as Record<string, string | undefined>, handle.db));
    return 0;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof UsageError || error instanceof EnvError || (error instanceof Error && error.name === "DatabaseBusyError");
    console.error(known ? (error as Error).message : error);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
