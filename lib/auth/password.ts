import bcrypt from "bcryptjs";

const COST = 12;
export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

// Compared against when the email is unknown, so that a wrong email and a wrong password take
// the same time and cannot be told apart.
let unknownAgentHash: Promise<string> | undefined;

export async function verifyPassword(password: string, hash: string | undefined): Promise<boolean> {
  unknownAgentHash ??= bcrypt.hash("no agent has this password", COST);
  return bcrypt.compare(password, hash ?? (await unknownAgentHash));
}

export function passwordProblem(password: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > 200) return "The password must have at most 200 characters.";
  return undefined;
}
