import type { Dispositif } from "../schemas/vocabulary.js";
import type { CheckedTable, RejectedRow } from "./check-rows.js";
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

/** How an export's rows refer to dossiers: the values each kept row records, and the faults they make once the dossiers are known. */
export interface ReferenceRule<T> {
  keys: (row: T) => readonly (string | null)[];
  faults: (index: DossierIndex, keys: readonly (string | null)[]) => Fault[];
}

/**
 * Checks the references a file's rows were waiting for, now that the dossiers are known: a kept row whose
 * reference fails becomes rejected, an already rejected row gets the faults added after its own. Updates
 * `checked` in place and returns the lines of the rows no longer kept, in file order.
 */
export function settleReferences(checked: Pick<CheckedTable<unknown>, "kept" | "rejected" | "pending">, faultsOf: (keys: readonly (string | null)[]) => Fault[]): number[] {
  const { arity, lines, kept, keys } = checked.pending;
  const excluded: number[] = [];
  const newlyRejected: RejectedRow[] = [];
  let rejectedByLine: Map<number, RejectedRow> | undefined;
  for (let i = 0; i < lines.length; i++) {
    const faults = faultsOf(keys.slice(i * arity, (i + 1) * arity));
    if (faults.length === 0) continue;
    const line = lines[i]!;
    if (kept[i] === 1) {
      excluded.push(line);
      newlyRejected.push({ line, faults });
    } else {
      rejectedByLine ??= new Map(checked.rejected.map((r) => [r.line, r]));
      rejectedByLine.get(line)!.faults.push(...faults);
    }
  }
  checked.kept -= excluded.length;
  if (newlyRejected.length > 0) checked.rejected = [...checked.rejected, ...newlyRejected].sort((a, b) => a.line - b.line);
  checked.pending = { arity, lines: [], kept: [], keys: [] };
  return excluded;
}
