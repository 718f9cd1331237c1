import type { DataQualityPage } from "../../loaders/site/data-quality-page.js";
import { formatCount } from "./format.js";

/** Where the INS'pir envelope comes from, in words: the `enveloppes` export (with its kept rows), or the 2016 deliberation. */
export function envelopeSourceText(source: DataQualityPage["enveloppesSource"], files: DataQualityPage["files"]): string {
  if (source === "deliberation-2016") {
    return "Pas d’export des enveloppes : les quatre lignes de la délibération du 23 septembre 2016 s’appliquent (600 000 € en tout).";
  }
  const file = files.find((f) => f.kind === "enveloppes");
  return file
    ? `L’enveloppe vient de l’export ${file.file} (${formatCount(file.kept, "ligne retenue", "lignes retenues")}).`
    : "L’enveloppe vient de l’export des enveloppes.";
}
