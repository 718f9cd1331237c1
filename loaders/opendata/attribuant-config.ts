import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { LoadError } from "../load-error.js";
import { isValidSiret } from "../parse/siret.js";
import { DISPOSITIFS } from "../schemas/vocabulary.js";

/** The committed configuration of the Région (absolute path). */
export const DEFAULT_ATTRIBUANT_CONFIG = fileURLToPath(new URL("../../config/attribuant.json", import.meta.url));

/** The environment variable that names another configuration file. */
export const ATTRIBUANT_CONFIG_ENV = "INSPIR_ATTRIBUANT_CONFIG";

/** The body that awards the grants, as the SCDL export names it; unknown keys are refused so that a typo is not ignored. */
export const attribuantConfigSchema = z
  .object({
    nomAttribuant: z.string().trim().min(1, "nom de l'attribuant vide"),
    idAttribuant: z
      .string()
      .regex(/^\d{14}$/, "SIRET de l'attribuant : 14 chiffres attendus")
      .refine(isValidSiret, "SIRET de l'attribuant invalide (clé de contrôle)"),
    /** Per dispositif, its identifier in the national catalogue of aid schemes (`dispositifAide`). */
    dispositifAide: z.partialRecord(z.enum(DISPOSITIFS), z.string().trim().min(1)).optional()
  })
  .strict();

/** A validated configuration. */
export type AttribuantConfig = z.output<typeof attribuantConfigSchema>;

/** The configuration file to read: `--config` when given, else the environment variable, else the committed file (absolute path). */
export function attribuantConfigPath(option: string | undefined, env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const fromEnv = env[ATTRIBUANT_CONFIG_ENV]?.trim();
  const chosen = option ?? (fromEnv ? fromEnv : undefined);
  return chosen === undefined ? DEFAULT_ATTRIBUANT_CONFIG : resolve(cwd, chosen);
}

/** Reads and validates a configuration file; a missing, unreadable or invalid file is a LoadError naming it. */
export async function readAttribuantConfig(path: string): Promise<AttribuantConfig> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new LoadError(path, `configuration de l'attribuant illisible (${(error as NodeJS.ErrnoException).code ?? "erreur de lecture"})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new LoadError(path, "configuration de l'attribuant : JSON invalide");
  }
  const parsed = attribuantConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join(".")} : ` : "";
    throw new LoadError(path, `configuration de l'attribuant invalide : ${where}${issue?.message ?? "invalide"}`);
  }
  return parsed.data;
}
