import "server-only";
import { env, EnvError } from "@/lib/env";

/** Refuses to start with a bad environment, naming each variable and its fix (no stack trace). */
export function checkEnvironmentOrExit() {
  try {
    env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}
