import { ConfigError } from "../config/config-error.js";
import { LoadError } from "../load-error.js";
import { UsageError } from "./usage-error.js";

/** Runs a command's body: a user's mistake prints one line on stderr and exits 1 (2 for usage); a bug keeps its stack trace. */
export async function runCommand(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof LoadError) {
      process.stderr.write(`Erreur : ${error.message}\n`);
      process.exitCode = 1;
    } else if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`Erreur interne : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    }
  }
}

/** Writes a progress line on stderr, which never mixes with a command's output. */
export function logProgress(message: string): void {
  process.stderr.write(`${message}\n`);
}
