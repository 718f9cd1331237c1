import { type DatabaseSource, withLoadedDatabase } from "../load/loaded-database.js";
import { type IndicatorsDocument, indicatorsDocument } from "./document.js";

/** The analysts' document of a folder of exports (loaded in memory) or of a loaded database file. */
export async function computeIndicators(source: DatabaseSource): Promise<IndicatorsDocument> {
  return withLoadedDatabase(source, indicatorsDocument);
}
