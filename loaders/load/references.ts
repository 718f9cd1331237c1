import type { Dossier } from "../schemas/dossier.js";
import type { Dispositif } from "../schemas/vocabulary.js";
import type { Fault } from "./report.js";

/** The dossiers a row of another export may refer to: the kept ones, and the lines of the rejected ones for the reason. */
export interface DossierIndex {
  kept: ReadonlyMap<string, Dossier>;
  rejectedLines: ReadonlyMap<string, number>;
  file: string;
}

/** A fault when `id` names no kept dossier (or one of another dispositif, when `dispositif` is given); undefined when the reference holds. */
export function dossierReferenceFault(index: DossierIndex, id: string, column: string, dispositif?: Dispositif): Fault | undefined {
  const dossier = index.kept.get(id);
  if (dossier) {
    if (dispositif === undefined || dossier.dispositif === dispositif) return undefined;
    return { column, value: id, reason: `dossier d'un autre dispositif que « ${dispositif} » (${dossier.dispositif})` };
  }
  const line = index.rejectedLines.get(id);
  if (line !== undefined) return { column, value: id, reason: `dossier rejeté (${index.file} ligne ${line})` };
  return { column, value: id, reason: `dossier absent de ${index.file}` };
}
