import bcrypt from "bcryptjs";

const COST = 12;
export const MIN_PASSWORD_LENGTH = 10;
/** bcrypt reads 72 bytes and ignores the rest: a longer password would have a secret tail that checks nothing. */
export const MAX_PASSWORD_BYTES = 72;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

// Compared against when the email is unknown, so that a wrong email and a wrong password take
// the same time and cannot be told apart.
let unknownAgentHash: Promise<string> | undefined;

export async function verifyPassword(password: string, hash: string | undefined): Promise<boolean> {
  unknownAgentHash ??= bcrypt.hash("no agent has this password", COST);
  // No password past 72 bytes can be set, so none can match: still compared, for the same time.
  const tooLong = bcrypt.truncates(password);
  const matches = await bcrypt.compare(password, hash ?? (await unknownAgentHash));
  return matches && !tooLong;
}

export function passwordProblem(password: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (bcrypt.truncates(password)) {
    return `The password must have at most ${MAX_PASSWORD_BYTES} bytes (72 plain letters and digits; accented letters and symbols count two to four).`;
  }
  return undefined;
}
