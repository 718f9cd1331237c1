import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { ConfigError } from "./config-error.js";

/** The embedded sample, used when no data folder is given (absolute path). */
export const SAMPLE_DATA_DIR = fileURLToPath(new URL("../../data/sample", import.meta.url));

const environment = z.object({
  INSPIR_DATA: z.string().trim().min(1, "INSPIR_DATA est vide").optional()
});

/** The exports folder the site's loaders read: `INSPIR_DATA` when set, else the embedded sample (absolute path). */
export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const parsed = environment.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues[0]?.message ?? "INSPIR_DATA invalide");
  return resolve(cwd, parsed.data.INSPIR_DATA ?? SAMPLE_DATA_DIR);
}
