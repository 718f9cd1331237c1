import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { z } from "zod";
import { LoadError } from "../load-error.js";
import { attribuantConfigPath } from "../opendata/attribuant-config.js";
import { openDataExport } from "../opendata/opendata-export.js";
import { SCDL_SUBVENTIONS_VERSION } from "../opendata/scdl-subventions-schema.js";
import { parseOptions } from "./args.js";
import { logProgress, runCommand } from "./run-command.js";

const USAGE = "Usage : npm run opendata -- --data <dossier des exports> --out <fichier.csv> [--config <attribuant.json>]";

const options = z.object({
  data: z.string().min(1, "dossier des exports attendu"),
  out: z.string().min(1, "fichier de sortie attendu"),
  config: z.string().min(1, "fichier de configuration attendu").optional()
});

await runCommand(async () => {
  const { data, out, config } = parseOptions(process.argv.slice(2), options, USAGE);
  const { csv, summary } = await openDataExport({ dataDir: data, configPath: attribuantConfigPath(config), log: logProgress });
  // Written beside its target then moved into place: an interrupted run leaves the previous file whole.
  const temporary = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, csv, "utf8");
    await rename(temporary, out);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new LoadError(out, `écriture impossible (${(error as NodeJS.ErrnoException).code ?? "erreur"})`);
  }
  for (const grant of summary.unpublished) logProgress(`Dossier ${grant.dossier} non publié : ${grant.reason}`);
  logProgress(`${summary.rows} subventions écrites dans ${out} (SCDL subventions ${SCDL_SUBVENTIONS_VERSION}, ${summary.attribuant.nom}, SIRET ${summary.attribuant.siret})`);
});
