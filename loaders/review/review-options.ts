import { isAbsolute, join, resolve } from "node:path";
import { z } from "zod";
import { parseOptions } from "../cli/args.js";
import { dataDirFromEnv } from "../config/data-dir.js";
import { UsageError } from "../cli/usage-error.js";
import { DEPARTEMENTS } from "../territory/versant.js";
import { reviewKey } from "../../src/components/review-key.js";
import { REPO_ROOT } from "./site-build.js";

export const REVIEW_USAGE =
  "Usage : npm run review -- --year <année> [--departement <02|59|60|62|80>] [--data <dossier des exports>] [--out <fichier.pdf>]";

/** Where the PDFs go by default: a folder of the checkout that git ignores, so that a review is never committed by mistake. */
export const DEFAULT_OUT_DIR = join(REPO_ROOT, "bilans");

/** What `npm run review` was asked for, paths made absolute. */
export interface ReviewOptions {
  year: number;
  /** The département reviewed (INSEE code), null for the whole region. */
  departement: string | null;
  /** The exports folder (absolute). */
  dataDir: string;
  /** The PDF to write (absolute). */
  out: string;
}

const schema = z.object({
  year: z.string({ error: "l’année est obligatoire" }).regex(/^\d{4}$/, "une année sur quatre chiffres, par exemple 2017").transform(Number),
  departement: z.enum(DEPARTEMENTS, { error: `un des départements de la région : ${DEPARTEMENTS.join(", ")}` }).optional(),
  data: z.string().trim().min(1, "dossier vide").optional(),
  out: z.string().trim().min(1, "nom de fichier vide").regex(/\.pdf$/i, "le fichier doit se terminer par .pdf").optional()
});

/**
 * The command's options from its arguments: `--year` (required), `--data` (default INSPIR_DATA, else the sample),
 * `--departement` (default: the whole region), `--out` (default `bilans/bilan-<year>[-<département>].pdf` in the checkout).
 * Relative paths are taken from the directory the user ran npm in (INIT_CWD).
 */
export function reviewOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): ReviewOptions {
  const { year, departement, data, out } = parseOptions(argv, schema, REVIEW_USAGE);
  // npm runs scripts from the package's root; INIT_CWD is where the user typed the command.
  const base = env.INIT_CWD && isAbsolute(env.INIT_CWD) ? env.INIT_CWD : cwd;
  return {
    year,
    departement: departement ?? null,
    dataDir: data === undefined ? dataDirFromEnv(env, base) : resolve(base, data),
    out: out === undefined ? join(DEFAULT_OUT_DIR, `bilan-${reviewKey(year, departement ?? null)}.pdf`) : resolve(base, out)
  };
}

/** Refuses a year the exports have no review for, in one line naming the years there are. */
export function checkReviewYear(year: number, years: readonly number[], dataDir: string): void {
  if (years.includes(year)) return;
  throw new UsageError(
    years.length === 0
      ? `--year ${year} : les exports de ${dataDir} ne contiennent aucune année de décision INS’pir, aucun bilan n’est disponible.`
      : `--year ${year} : pas de bilan pour cette année dans les exports de ${dataDir} ; années disponibles : ${years.join(", ")}.`
  );
}
