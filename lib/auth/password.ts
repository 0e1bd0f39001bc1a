import "server-only";
import bcrypt from "bcryptjs";

// bcrypt with cost 12 (~250 ms here): slow enough to resist offline guessing.
const COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// A real hash to compare against when the account does not exist, so that "unknown email"
// and "wrong password" take the same time.
const DUMMY_HASH = "$2b$12$C6UzMDM.H6dfI/f/IKcEeO5b8s2YJ0mGzQpJ6x5F1kqjW8b6o0x2a";

export async function verifyAgainstNothing(password: string): Promise<false> {
  await bcrypt.compare(password, DUMMY_HASH);
  return false;
}
