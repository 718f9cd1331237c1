import type { Dispositif } from "../schemas/vocabulary.js";
import type { Fault } from "./report.js";

/** The dossiers a row of another export may refer to: the kept ones, and the lines of the rejected ones for the reason. */
export interface DossierIndex {
  /** Kept dossiers' dispositif by id. */
  kept: ReadonlyMap<string, Dispositif>;
  rejectedLines: ReadonlyMap<string, number>;
  file: string;
}

/** A fault when `id` names no kept dossier (or one of another dispositif, when `dispositif` is given); undefined when the reference holds. */
export function dossierReferenceFault(index: DossierIndex, id: string, column: string, dispositif?: Dispositif): Fault | undefined {
  const kept = index.kept.get(id);
  if (kept !== undefined) {
    if (dispositif === undefined || kept === dispositif) return undefined;
    return { column, value: id, reason: `dossier d'un autre dispositif que « ${dispositif} » (${kept})` };
  }
  const line = index.rejectedLines.get(id);
  if (line !== undefined) return { column, value: id, reason: `dossier rejeté (${index.file} ligne ${line})` };
  return { column, value: id, reason: `dossier absent de ${index.file}` };
}
