import { indicatorsDocument } from "../indicators/document.js";
import { type DatabaseSource, withLoadedDatabase } from "../load/loaded-database.js";
import { reviewYearsOfDatabase } from "../review/review-years.js";
import { budgetPage } from "./budget-page.js";
import { dataQualityPage } from "./data-quality-page.js";
import { departementOutlines } from "./departement-outlines.js";
import { envelopeComposition } from "./envelope-composition.js";
import { evolutionsPage } from "./evolutions-page.js";
import { ideasPage } from "./ideas-page.js";
import { overviewPage } from "./overview-page.js";
import { politiqueVillePage } from "./politique-ville-page.js";
import { reviewPage } from "./review-page.js";
import { socialInnovationPage } from "./social-innovation-page.js";
import { territoriesPage } from "./territories-page.js";
import { tiersLieuxPage } from "./tiers-lieux-page.js";
import { zipJson } from "./zip-archive.js";

/** Every page's data computed from one load of the exports: file name in the archive → JSON value. */
export async function siteData(source: DatabaseSource): Promise<Record<string, unknown>> {
  return withLoadedDatabase(source, async (connection) => {
    const document = await indicatorsDocument(connection);
    const tiersLieux = await tiersLieuxPage(connection);
    const socialInnovation = await socialInnovationPage(connection);
    return {
      "overview.json": overviewPage(document, tiersLieux, socialInnovation, await envelopeComposition(connection, document.exportDate)),
      "budget.json": await budgetPage(connection, document.budget, await envelopeComposition(connection, document.exportDate)),
      "evolutions.json": await evolutionsPage(connection, document.changes, document.history),
      "territoires.json": { ...(await territoriesPage(connection)), map: await departementOutlines() },
      "idees.json": await ideasPage(connection),
      "politique-ville.json": await politiqueVillePage(connection),
      "tiers-lieux.json": tiersLieux,
      "innovation-sociale.json": socialInnovation,
      "qualite.json": await dataQualityPage(connection),
      "bilan.json": await reviewPage(connection, await reviewYearsOfDatabase(connection))
    };
  });
}

/** The site's data as one ZIP archive, so that a build loads the exports once; Framework extracts each file at build time. */
export async function siteArchive(source: DatabaseSource): Promise<Uint8Array> {
  return zipJson(await siteData(source));
}
