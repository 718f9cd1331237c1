import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { withLoadedDatabase } from "../../loaders/load/loaded-database.js";
import { explorerFiles } from "../../loaders/site/explorer-archive.js";
import { DETAIL_SHARD_COUNT, DOSSIER_SHARD_COUNT, dossierShard, shardName } from "../../src/components/dossier-shard.js";
import type { ExplorerDetails, ExplorerIndex, ExplorerRows } from "../../src/components/explorer-format.js";
import { dossier, exportsOf, idee, paiement } from "../helpers/exports-folder.js";

const parts = {
  dossiers: [
    dossier({ Contact: "marker-contact@example.org", Bénéficiaire: "Cœur de Flandre Numérique", "Montant voté investissement": "250,50" }),
    dossier({ "N° dossier": "D2", "Code commune": "80021", Statut: "Soldé", "Date de vote": "2017-03-01" }),
    dossier({ "N° dossier": "TL", Dispositif: "Tiers-lieux du numérique", Année: "1", Fonctions: "fablab", "Coût total": "90000", "Montant voté fonctionnement": "40000" })
  ],
  paiements: [
    paiement(),
    paiement({ "N° dossier": "D2", "N° mandat": "M2", Montant: "4000", "Date de paiement": "2017-04-01" }),
    paiement({ "N° dossier": "D2", "N° mandat": "M3", Montant: "500,25", Type: "Reversement", "Date de paiement": "2017-05-01" })
  ],
  suivi: [idee({ Porteur: "Marker Porteur", Email: "marker-email@example.org", Titre: "Appli santé" }), idee({ "N° idée": "I2", Étape: "Mûrie" })]
};

/** The row of dossier `id` in its piece, column by column. */
function rowOf(files: Record<string, unknown>, id: string): Record<string, unknown> {
  const rows = files[`rows-${shardName(dossierShard(id))}.json`] as ExplorerRows;
  const i = rows.id.indexOf(id);
  return Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, (v as unknown[])[i]]));
}

describe("explorer files", () => {
  it("ships every kept dossier once, in its piece, with amounts in cents and positions in the index", async () => {
    const files = await withLoadedDatabase({ dataDir: await exportsOf(parts) }, explorerFiles);
    expect(Object.keys(files)).toHaveLength(1 + DOSSIER_SHARD_COUNT + DETAIL_SHARD_COUNT);
    const index = files["index.json"] as ExplorerIndex;
    expect(index.count).toBe(3);
    expect(index.exportsDate).toBe("2017-05-01");
    expect(index.years).toEqual([2016, 2017]);
    expect(index.actionYears).toEqual([2016, 2017]);
    const ids = Object.keys(files).filter((n) => n.startsWith("rows-")).flatMap((n) => (files[n] as ExplorerRows).id);
    expect(ids.sort()).toEqual(["D1", "D2", "TL"]);
    expect(index.preview.id).toEqual(["D1", "D2", "TL"]);

    const d1 = rowOf(files, "D1");
    expect(d1).toMatchObject({ beneficiaire: "Cœur de Flandre Numérique", commune: "Lille", departement: "59", statut: index.statuts.indexOf("Voté"), depot: "2016-09-01", vote: "2016-09-23", actionYear: 2016 });
    expect(index.dispositifs[d1.dispositif as number]).toBe("INS'pir - Événement créatif");
    expect(index.epci[d1.epci as number]?.siren).toBe("200093201");
    // Voted 5 000 € + 250,50 €, paid 1 000 €: engaged is the voted amount of a Voté dossier.
    expect(d1).toMatchObject({ voteF: 500000, voteI: 25050, paidF: 100000, paidI: 0, engaged: 525050, alerts: [] });
    // Soldé: engaged is the net paid, 4 000 € less a 500,25 € refund.
    expect(rowOf(files, "D2")).toMatchObject({ paidF: 349975, engaged: 349975 });
    expect(rowOf(files, "TL").alerts).toEqual(["TL_FUNCTIONS"]);
  });

  it("gives each dossier's payments, ideas and alerts in its detail piece, and no personal value", async () => {
    const files = await withLoadedDatabase({ dataDir: await exportsOf(parts) }, explorerFiles);
    const detail = (id: string) => (files[`details-${shardName(dossierShard(id, DETAIL_SHARD_COUNT), 3)}.json`] as ExplorerDetails)[id];
    expect(detail("D1")).toEqual({ intitule: null, payments: [["2016-10-01", "M1", "Fonctionnement", "Avance", 100000]], ideas: [["I1", "Appli santé", "Émergée", 1, false], ["I2", null, "Mûrie", 4, false]] });
    expect(detail("D2")?.payments?.map((p) => p[4])).toEqual([400000, -50025]);
    expect(detail("TL")?.alerts).toEqual([["TL_FUNCTIONS", null, null, null, expect.any(String)]]);
    const text = JSON.stringify(files);
    expect(text).not.toMatch(/marker-|Marker Porteur/);
  });
});

describe("dossier pieces", () => {
  it("are all named by the page's file list, in piece order", async () => {
    const source = await readFile(new URL("../../src/components/dossier-files.ts", import.meta.url), "utf8");
    const named = [...source.matchAll(/FileAttachment\("\.\.\/data\/dossiers\/([\w-]+\.json)"\)/g)].map((m) => m[1]);
    const expected = [...Array.from({ length: DOSSIER_SHARD_COUNT }, (_, i) => `rows-${shardName(i)}.json`), ...Array.from({ length: DETAIL_SHARD_COUNT }, (_, i) => `details-${shardName(i, 3)}.json`)];
    expect(named).toEqual(expected);
  });

  it("places a number the same way every time, within the piece count", () => {
    expect(dossierShard("EX001226")).toBe(dossierShard("EX001226"));
    for (const id of ["", "D1", "EX001226", "Événement"]) expect(dossierShard(id)).toBeGreaterThanOrEqual(0);
    expect(new Set(Array.from({ length: 2000 }, (_, i) => dossierShard(`EX${i}`))).size).toBe(DOSSIER_SHARD_COUNT);
    // FNV-1a of "a" is 0xe40c292c.
    expect(dossierShard("a", 2 ** 31)).toBe(0xe40c292c % 2 ** 31);
  });
});
