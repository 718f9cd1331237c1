import { describe, expect, it } from "vitest";
import type { PendingReferences, RejectedRow } from "../../loaders/load/check-rows.js";
import { type DossierIndex, dossierReferenceFault, settleReferences } from "../../loaders/load/references.js";
import type { Fault } from "../../loaders/load/report.js";

const INDEX: DossierIndex = { kept: new Map([["D1", "INS'pir - Événement créatif"]]), rejectedLines: new Map([["D2", 3]]), file: "dossiers.csv" };
const faultsOf = ([dossier]: readonly (string | null)[]): Fault[] => {
  const fault = dossierReferenceFault(INDEX, dossier!, "N° dossier");
  return fault ? [fault] : [];
};

describe("settleReferences", () => {
  it("rejects kept rows whose reference fails, adds the faults to rows already rejected, and keeps the others", () => {
    const repeat: RejectedRow = { line: 5, faults: [{ column: "N° mandat", value: "M1", reason: "identifiant en double (déjà ligne 2)" }] };
    const pending: PendingReferences = { arity: 1, lines: [2, 4, 5, 6], kept: [1, 1, 0, 1], keys: ["D1", "D9", "D2", "D1"] };
    const checked = { kept: 3, rejected: [repeat], pending };
    expect(settleReferences(checked, faultsOf)).toEqual([4]);
    expect(checked.kept).toBe(2);
    expect(checked.rejected).toEqual([
      { line: 4, faults: [{ column: "N° dossier", value: "D9", reason: "dossier absent de dossiers.csv" }] },
      {
        line: 5,
        faults: [
          { column: "N° mandat", value: "M1", reason: "identifiant en double (déjà ligne 2)" },
          { column: "N° dossier", value: "D2", reason: "dossier rejeté (dossiers.csv ligne 3)" }
        ]
      }
    ]);
    // Settled once: nothing is left pending.
    expect(checked.pending.lines).toEqual([]);
    expect(settleReferences(checked, faultsOf)).toEqual([]);
  });

  it("reads each row's keys by the pending arity", () => {
    const seen: (string | null)[][] = [];
    const pending: PendingReferences = { arity: 2, lines: [2, 3], kept: [1, 1], keys: ["E1", null, "E2", "X2"] };
    settleReferences({ kept: 2, rejected: [], pending }, (keys) => {
      seen.push([...keys]);
      return [];
    });
    expect(seen).toEqual([
      ["E1", null],
      ["E2", "X2"]
    ]);
  });
});
