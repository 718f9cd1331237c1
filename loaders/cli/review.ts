import { mkdir, readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { checkReviewYear, reviewOptions } from "../review/review-options.js";
import { reviewYearsOf } from "../review/review-years.js";
import { printReviewPdf } from "../review/print-pdf.js";
import { reviewSite } from "../review/site-build.js";
import { serveSite } from "../serve/static-server.js";
import { logProgress, runCommand } from "./run-command.js";

/** The exports' date the built site shows (`bilan.json`, whose name Framework suffixes with a content hash). */
async function builtExportsDate(dist: string): Promise<string | null> {
  const dir = join(dist, "_file", "data", "site");
  const name = (await readdir(dir)).find((n) => /^bilan\.[\w-]+\.json$/.test(n));
  if (!name) return null;
  return (JSON.parse(await readFile(join(dir, name), "utf8")) as { exportsDate: string | null }).exportsDate;
}

await runCommand(async () => {
  const { year, departement, dataDir, out } = reviewOptions(process.argv.slice(2));
  // Loading the exports first stops a wrong folder or year in a second, before the build.
  checkReviewYear(year, await reviewYearsOf({ dataDir, log: logProgress }), dataDir);
  const { dist, reused } = await reviewSite(dataDir, logProgress);
  if (reused) logProgress("Site déjà construit pour ces exports : réutilisé.");
  await mkdir(dirname(out), { recursive: true });
  const name = departement === null ? `Bilan ${year}` : `Bilan ${year} du département ${departement}`;
  const { server, url } = await serveSite(dist);
  try {
    logProgress(`Impression du ${name.toLowerCase()}…`);
    const pages = await printReviewPdf({ url, year, departement, exportsDate: await builtExportsDate(dist), out });
    logProgress(`${name} écrit dans ${out} (${pages} pages A4).`);
  } finally {
    server.close();
  }
});
