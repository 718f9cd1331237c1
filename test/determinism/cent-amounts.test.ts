import { beforeAll, describe, expect, it } from "vitest";
import type { IndicatorsDocument } from "../../loaders/indicators/document.js";
import { computeIndicators } from "../../loaders/indicators/compute-indicators.js";
import { createRng } from "../../loaders/sample/prng.js";
import { dossier, exportsOf, paiement } from "../helpers/exports-folder.js";
import { shuffleExports } from "../helpers/shuffle-exports.js";

/**
 * The embedded sample's amounts are whole or half euros, whose sums are exact in any order. Real exports have cents
 * (`1 234,37 €`), which binary floats cannot hold exactly: a sum then depends on the order it adds rows in.
 */
async function centExports(): Promise<string> {
  const rng = createRng("cent-amounts");
  const euros = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, "0")}`;
  const dossiers: Record<string, string>[] = [];
  const paiements: Record<string, string>[] = [];
  for (let i = 0; i < 60; i++) {
    const fonctionnement = rng.int(100_000, 600_000);
    const investissement = rng.int(0, 300_000);
    dossiers.push(
      dossier({
        "N° dossier": `D${i}`,
        "Code commune": i % 2 ? "59350" : "80021",
        Statut: i % 3 === 0 ? "Soldé" : "Voté",
        "Coût total": euros((fonctionnement + investissement) * 3),
        "Montant voté fonctionnement": euros(fonctionnement),
        "Montant voté investissement": euros(investissement),
        QPV: i % 4 ? "Non" : "Oui"
      })
    );
    let left = fonctionnement;
    for (let k = 0; k < 3; k++) {
      const amount = k === 2 ? left : rng.int(1, Math.floor(left / 2));
      left -= amount;
      paiements.push(paiement({ "N° dossier": `D${i}`, "N° mandat": `M${i}-${k}`, Montant: euros(amount), Type: k === 2 ? "Solde" : "Acompte" }));
    }
  }
  return exportsOf({ dossiers, paiements });
}

/** The document without the shares computed from unrounded sums. */
function withoutShares(document: IndicatorsDocument): unknown {
  return JSON.parse(JSON.stringify(document, (key, value) => (["engagedRate", "paidRate", "shareAmount"].includes(key) ? undefined : value)));
}

describe("amounts with cents, rows in another order", () => {
  let reference: IndicatorsDocument;
  let shuffled: IndicatorsDocument;
  beforeAll(async () => {
    const dir = await centExports();
    reference = await computeIndicators({ dataDir: dir });
    shuffled = await computeIndicators({ dataDir: (await shuffleExports(dir, "cents-1")).dir });
    expect(reference.budget.total.engaged).toBeGreaterThan(0);
    expect(reference.rejected).toEqual([]);
  });

  it("gives the same amounts (rounded to the cent), counts and alerts", () => {
    expect(withoutShares(shuffled)).toEqual(withoutShares(reference));
  });

  // DuckDB sums doubles in an order that depends on the rows: sums of euros are rounded to the cent in SQL so that shares do not move.
  it("gives the same shares whatever the row order", () => {
    expect(JSON.stringify(shuffled)).toBe(JSON.stringify(reference));
  });
});
