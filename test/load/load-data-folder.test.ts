import { describe, expect, it } from "vitest";
import { computeIndicators } from "../../loaders/indicators/compute-indicators.js";
import { queryRows } from "../../loaders/db/with-connection.js";
import { withLoadedDatabase } from "../../loaders/load/loaded-database.js";
import { csv, datedExportsOf, dossier, exportsFolder, exportsOf, paiement } from "../helpers/exports-folder.js";

/** The four lines of the 2016 deliberation, and a 100 000 € top-up decided on 1 December 2019. */
const ENVELOPPES = csv([
  { Programme: "INS'pir", Section: "Investissement", Versant: "Nord-Pas-de-Calais", Montant: "150000", Référence: "Délibération cadre", Date: "" },
  { Programme: "INS'pir", Section: "Fonctionnement", Versant: "Nord-Pas-de-Calais", Montant: "150000", Référence: "Délibération cadre", Date: "23/09/2016" },
  { Programme: "INS'pir", Section: "Investissement", Versant: "Picardie", Montant: "100000", Référence: "Délibération cadre", Date: "" },
  { Programme: "INS'pir", Section: "Fonctionnement", Versant: "Picardie", Montant: "200000", Référence: "Délibération cadre", Date: "" },
  { Programme: "INS'pir", Section: "Fonctionnement", Versant: "Nord-Pas-de-Calais", Montant: "100000", Référence: "Abondement", Date: "01/12/2019" }
]);

const november = {
  dossiers: [
    dossier({ "N° dossier": "D1" }),
    dossier({ "N° dossier": "D2", Statut: "En instruction", "Date de vote": "", "Montant demandé": "3000", "Montant voté fonctionnement": "" }),
    dossier({ "N° dossier": "D3", "Montant voté fonctionnement": "1000" })
  ],
  // More paid than voted on D3: a typing error, corrected in December.
  paiements: [paiement({ "N° dossier": "D3", "N° mandat": "M1", Montant: "2000" })],
  extra: { "enveloppes.csv": ENVELOPPES }
};

const december = {
  dossiers: [
    dossier({ "N° dossier": "D1" }),
    dossier({ "N° dossier": "D2", Statut: "Voté", "Date de vote": "10/12/2019", "Montant demandé": "3000", "Montant voté fonctionnement": "3000" }),
    dossier({ "N° dossier": "D3", "Montant voté fonctionnement": "1000" }),
    dossier({ "N° dossier": "D4", Statut: "Déposé", "Date de dépôt": "02/12/2019", "Date de vote": "", "Montant demandé": "4000", "Montant voté fonctionnement": "" })
  ],
  paiements: [
    paiement({ "N° dossier": "D3", "N° mandat": "M1", Montant: "1000" }),
    paiement({ "N° dossier": "D1", "N° mandat": "M2", Montant: "1000", "Date de paiement": "15/12/2019" }),
    paiement({ "N° dossier": "D1", "N° mandat": "M3", Montant: "200", Type: "Reversement", "Date de paiement": "16/12/2019" }),
    // Paid before any vote: a new alert.
    paiement({ "N° dossier": "D4", "N° mandat": "M4", Montant: "500", "Date de paiement": "20/12/2019" })
  ],
  extra: { "enveloppes.csv": ENVELOPPES }
};

describe("a data folder of dated exports", () => {
  it("computes every indicator on the latest export, against its envelope at its date", async () => {
    const doc = await computeIndicators({ dataDir: await datedExportsOf({ "2019-11-30": november, "2019-12-31": december }) });
    expect(doc.exportDate).toBe("2019-12-31");
    expect(doc.budget.total).toMatchObject({ envelope: 700_000, engaged: 9_000, paid: 2_300 });
    expect(doc.budget.pipeline).toMatchObject({ count: 1, requested: 4_000 });
    // 3 000 € voted in 2019: 250 € a month; 691 000 € left → 2 764 months after December 2019.
    expect(doc.budget.forecast).toEqual({ monthlyPace: 250, exhaustion: "2250-04" });
    expect(doc.files.map((f) => f.read)).toEqual([4, 5, 4, 0]);
  });

  it("reports what changed since the previous export, by N° dossier and N° mandat", async () => {
    const doc = await computeIndicators({ dataDir: await datedExportsOf({ "2019-11-30": november, "2019-12-31": december }) });
    expect(doc.changes).toEqual({
      previous: "2019-11-30",
      current: "2019-12-31",
      newDossiers: ["D4"],
      statusChanges: [{ dossier: "D2", from: "En instruction", to: "Voté" }],
      // M2 + M4 − M3 (a refund); M1 is the same payment, corrected.
      newPayments: { count: 3, amount: 1_300 },
      engaged: 3_000,
      paid: 300,
      alerts: { new: ["D4"], resolved: ["D3"] }
    });
  });

  it("gives the history of every export, each with the envelope as it stood at its date", async () => {
    const doc = await computeIndicators({ dataDir: await datedExportsOf({ "2019-11-30": november, "2019-12-31": december, "2019-10-31": { dossiers: [dossier()] } }) });
    expect(doc.history).toEqual([
      // No enveloppes export in October: the 2016 deliberation.
      { date: "2019-10-31", envelope: 600_000, engaged: 5_000, paid: 0, events: 1 },
      { date: "2019-11-30", envelope: 600_000, engaged: 6_000, paid: 2_000, events: 2 },
      { date: "2019-12-31", envelope: 700_000, engaged: 9_000, paid: 2_300, events: 3 }
    ]);
  });

  it("keeps the exports, the history and what changed in tables an analyst can query", async () => {
    const dataDir = await datedExportsOf({ "2019-11-30": november, "2019-12-31": december });
    const tables = await withLoadedDatabase({ dataDir }, async (c) => ({
      exports: await queryRows(c, "SELECT strftime(date, '%Y-%m-%d') AS date, current, read, kept, rejected FROM exports ORDER BY date"),
      kinds: await queryRows(c, "SELECT kind, count(*)::INTEGER AS n FROM changes GROUP BY kind ORDER BY kind"),
      catalogs: await queryRows(c, "SELECT database_name AS name FROM duckdb_databases() WHERE NOT internal ORDER BY 1")
    }));
    expect(tables.exports).toEqual([
      { date: "2019-11-30", current: false, read: 9, kept: 9, rejected: 0 },
      { date: "2019-12-31", current: true, read: 13, kept: 13, rejected: 0 }
    ]);
    expect(tables.kinds).toEqual([
      { kind: "new-alert", n: 1 },
      { kind: "new-dossier", n: 1 },
      { kind: "new-payment", n: 3 },
      { kind: "resolved-alert", n: 1 },
      { kind: "status-change", n: 1 }
    ]);
    // The earlier exports' tables are not left attached.
    expect(tables.catalogs).toEqual([{ name: "memory" }]);
  });

  it("loads each export on its own: a row rejected in one export may be kept in the next", async () => {
    const bad = { dossiers: [dossier(), dossier({ "N° dossier": "D2", Statut: "Déposé", "Date de vote": "", "Date de dépôt": "31/11/2019" })] };
    const fixed = { dossiers: [dossier(), dossier({ "N° dossier": "D2", Statut: "Déposé", "Date de vote": "", "Date de dépôt": "30/11/2019" })] };
    const dataDir = await datedExportsOf({ "2019-11-30": bad, "2019-12-31": fixed });
    const doc = await computeIndicators({ dataDir });
    expect(doc.rejected).toEqual([]);
    expect(doc.changes?.newDossiers).toEqual(["D2"]);
    const resolved = await withLoadedDatabase({ dataDir }, (c) => queryRows(c, "SELECT file, value FROM changes WHERE kind = 'resolved-rejected'"));
    expect(resolved).toEqual([{ file: "dossiers.csv", value: "31/11/2019" }]);
  });
});

describe("a data folder that is one export", () => {
  it("is dated by its latest kept row and has no previous export", async () => {
    const doc = await computeIndicators({ dataDir: await exportsOf({ dossiers: [dossier({ "Date de vote": "05/10/2016" })], paiements: [paiement({ "Date de paiement": "12/10/2016" })] }) });
    expect(doc.exportDate).toBe("2016-10-12");
    expect(doc.changes).toBeNull();
    expect(doc.history).toEqual([{ date: "2016-10-12", envelope: 600_000, engaged: 5_000, paid: 1_000, events: 1 }]);
  });
});

describe("a data folder the load refuses", () => {
  it("fails naming a folder that mixes export files and dated sub-folders", async () => {
    const dir = await exportsFolder({ "dossiers.csv": csv([dossier()]), "2019-11-30/dossiers.csv": csv([dossier()]) });
    await expect(computeIndicators({ dataDir: dir })).rejects.toThrow(/mélange des fichiers d'export \(dossiers\.csv\) et des sous-dossiers \(2019-11-30\)/);
  });

  it.each(["novembre", "2019-02-30", "2019-11"])("fails naming a sub-folder %j that is not a date", async (name) => {
    const dir = await exportsFolder({ [`2019-11-30/dossiers.csv`]: csv([dossier()]), [`${name}/dossiers.csv`]: csv([dossier()]) });
    await expect(computeIndicators({ dataDir: dir })).rejects.toThrow(new RegExp(`${name} : sous-dossier dont le nom n'est pas une date`));
  });
});
