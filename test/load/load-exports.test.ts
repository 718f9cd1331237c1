import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { csv, dossier, exportsFolder, exportsOf, idee, paiement } from "../helpers/exports-folder.js";
import { loadedTables as loadExports } from "../helpers/loaded-tables.js";

/** The rejection of one dossier row given as overrides of a valid one. */
async function rejectionOfDossier(overrides: Record<string, string>) {
  const load = await loadExports(await exportsOf({ dossiers: [dossier(overrides)] }));
  return load.rejected[0];
}

describe("loadExports: dossiers rules", () => {
  it("keeps a valid dossier", async () => {
    const load = await loadExports(await exportsOf({ dossiers: [dossier()] }));
    expect(load.rejected).toEqual([]);
    expect(load.dossiers[0]).toMatchObject({ id: "D1", line: 2, commune_code: "59350", versant: "Nord-Pas-de-Calais", vote_fonctionnement: 5000 });
  });

  it.each([
    [{ "N° dossier": "" }, "N° dossier", /obligatoire/],
    [{ Dispositif: "INS'pir - Concours" }, "Dispositif", /valeur inconnue/],
    [{ SIRET: "73282932000075" }, "SIRET", /clé de contrôle/],
    [{ SIRET: "7328293200007" }, "SIRET", /14 chiffres/],
    [{ SIRET: "" }, "SIRET", /obligatoire pour un dossier avec un montant voté/],
    [{ "Code commune": "75056" }, "Code commune", /hors Hauts-de-France/],
    [{ "Code commune": "99999" }, "Code commune", /inconnue/],
    [{ "Code commune": "" }, "Code commune", /obligatoire/],
    [{ Statut: "Accepté" }, "Statut", /valeur inconnue/],
    [{ "Date de dépôt": "31/02/2017" }, "Date de dépôt", /date invalide/],
    [{ "Date de dépôt": "" }, "Date de dépôt", /obligatoire/],
    [{ "Date de vote": "" }, "Date de vote", /obligatoire pour le statut Voté/],
    [{ "Date de vote": "01/08/2016" }, "Date de vote", /antérieure au dépôt/],
    [{ "Coût total": "-5" }, "Coût total", /négatif/],
    [{ "Montant voté fonctionnement": "cinq mille" }, "Montant voté fonctionnement", /illisible/],
    [{ QPV: "peut-être" }, "QPV", /oui\/non/],
    [{ Participants: "12,5" }, "Participants", /entier/],
    [{ Labellisation: "Avec subvention" }, "Labellisation", /valeur inconnue/],
    [{ Dispositif: "Tiers-lieux du numérique", Année: "4", Fonctions: "fablab|coworking" }, "Année", /1, 2 ou 3/],
    [{ Dispositif: "Tiers-lieux du numérique", Année: "1", Fonctions: "fablab|cuisine" }, "Fonctions", /fonction inconnue : cuisine/]
  ])("rejects %j on %s", async (overrides, column, reason) => {
    const r = await rejectionOfDossier(overrides);
    expect(r).toMatchObject({ file: "dossiers.csv", line: 2, column });
    expect(r?.reason).toMatch(reason);
  });

  it("accepts a La Poste SIRET, a missing SIRET without vote, and events-only columns on other dispositifs", async () => {
    const load = await loadExports(
      await exportsOf({
        dossiers: [
          dossier({ "N° dossier": "A", SIRET: "35600000000001" }),
          dossier({ "N° dossier": "B", SIRET: "", Statut: "Déposé", "Date de vote": "", "Montant voté fonctionnement": "" }),
          dossier({ "N° dossier": "C", Dispositif: "AMI Innovation sociale", Labellisation: "n'importe quoi", SIRET: "", "Montant voté fonctionnement": "0" })
        ]
      })
    );
    expect(load.rejected).toEqual([]);
    expect(load.dossiers.map((d) => d.id)).toEqual(["A", "B", "C"]);
  });

  it("joins several faults of one row into one entry", async () => {
    const r = await rejectionOfDossier({ Statut: "?", "Code commune": "75056" });
    expect(r?.column).toBe("Code commune ; Statut");
    expect(r?.reason).toMatch(/^Code commune : .* ; Statut : /);
  });

  it("rejects the later rows of a repeated identifier", async () => {
    const load = await loadExports(await exportsOf({ dossiers: [dossier(), dossier({ Intitulé: "bis" }), dossier({ "N° dossier": "D2" })] }));
    expect(load.rejected).toEqual([{ file: "dossiers.csv", line: 3, column: "N° dossier", value: "D1", reason: "identifiant en double (déjà ligne 2)" }]);
    expect(load.files).toEqual([
      expect.objectContaining({ file: "dossiers.csv", read: 3, kept: 2, rejected: 1 }),
      expect.objectContaining({ file: "paiements.csv", read: 0, kept: 0, rejected: 0 }),
      expect.objectContaining({ file: "suivi.csv", read: 0, kept: 0, rejected: 0 })
    ]);
  });

  it("maps an old commune code and a code that lost its leading zero", async () => {
    const load = await loadExports(await exportsOf({ dossiers: [dossier({ "Code commune": "2285" }), dossier({ "N° dossier": "D2", "Code commune": "2691" })] }));
    expect(load.dossiers.map((d) => [d.commune_code, d.versant])).toEqual([
      ["59545", "Nord-Pas-de-Calais"],
      ["02691", "Picardie"]
    ]);
  });
});

describe("loadExports: references between files", () => {
  it("rejects payments and ideas that refer to a missing, rejected or wrong dossier", async () => {
    const load = await loadExports(
      await exportsOf({
        dossiers: [dossier(), dossier({ "N° dossier": "BAD", Statut: "?" }), dossier({ "N° dossier": "EXP", Dispositif: "INS'pir - Expérimentation" })],
        paiements: [paiement(), paiement({ "N° mandat": "M2", "N° dossier": "BAD" }), paiement({ "N° mandat": "M3", "N° dossier": "NONE" }), paiement({ "N° mandat": "M1" })],
        suivi: [idee(), idee({ "N° idée": "I2", "N° dossier événement": "EXP" }), idee({ "N° idée": "I3", "N° dossier expérimentation": "NONE" }), idee({ "N° idée": "I4", "N° dossier expérimentation": "EXP" })]
      })
    );
    expect(load.rejected.map((r) => [r.file, r.line, r.reason])).toEqual([
      ["dossiers.csv", 3, expect.stringMatching(/^valeur inconnue/)],
      ["paiements.csv", 3, "dossier rejeté (dossiers.csv ligne 3)"],
      ["paiements.csv", 4, "dossier absent de dossiers.csv"],
      ["paiements.csv", 5, "identifiant en double (déjà ligne 2)"],
      ["suivi.csv", 3, expect.stringMatching(/autre dispositif/)],
      ["suivi.csv", 4, "dossier absent de dossiers.csv"]
    ]);
    expect(load.idees.map((i) => i.id)).toEqual(["I1", "I4"]);
  });

  it("rejects a payment of 0 €, a bad section or type", async () => {
    const load = await loadExports(
      await exportsOf({
        dossiers: [dossier()],
        paiements: [paiement({ Montant: "0" }), paiement({ "N° mandat": "M2", Section: "Autre" }), paiement({ "N° mandat": "M3", Type: "Virement" }), paiement({ "N° mandat": "M4", Montant: "" })]
      })
    );
    expect(load.rejected.map((r) => [r.line, r.column])).toEqual([
      [2, "Montant"],
      [3, "Section"],
      [4, "Type"],
      [5, "Montant"]
    ]);
  });

  // A byte-order mark in the middle of a UTF-8 file starts a cell with U+FEFF, which trimming removes.
  it("reads a cell that starts with U+FEFF as its trimmed text, on one row", async () => {
    const load = await loadExports(
      await exportsOf({ dossiers: [dossier()], paiements: [paiement(), paiement({ "N° mandat": "M2", Type: "\uFEFFAvance" }), paiement({ "N° mandat": "M3", Type: "\uFEFFVirement" })] })
    );
    expect(load.paiements.map((p) => [p.line, p.type])).toEqual([
      [2, "Avance"],
      [3, "Avance"]
    ]);
    expect(load.rejected.map((r) => [r.line, r.column])).toEqual([[4, "Type"]]);
    expect(load.files.find((f) => f.kind === "paiements")).toMatchObject({ read: 3, kept: 2, rejected: 1 });
  });

  it("validates marker scores and their dossier", async () => {
    const markers = ["Contextualisation du besoin", "Place des bénéficiaires", "Nature du collectif", "Intervention du collectif", "Place de la recherche", "Ancrage territorial", "Gouvernance", "Ressources", "Logique d'accessibilité", "Logique de service", "Rupture avec l'existant", "Capacité de changement social"];
    const row = (id: string, score: string) => ({ "N° dossier": id, "Date du comité": "01/06/2017", ...Object.fromEntries(markers.map((m) => [m, score])) });
    const load = await loadExports(
      await exportsOf({
        dossiers: [dossier({ "N° dossier": "AMI1", Dispositif: "AMI Innovation sociale", SIRET: "", "Montant voté fonctionnement": "0" }), dossier()],
        extra: { "marqueurs.csv": csv([row("AMI1", "2,5"), row("AMI1", "4"), row("AMI1", "2.25"), row("D1", "1"), row("AMI1", "")]) }
      })
    );
    expect(load.marqueurs).toHaveLength(12);
    expect(load.marqueurs.find((m) => m.marker === "Gouvernance")).toMatchObject({ dossier_id: "AMI1", line: 2, marker_rank: 7, score: 2.5 });
    expect(load.rejected.map((r) => r.line)).toEqual([3, 4, 5, 6]);
  });
});

describe("loadExports: dialects and fatal cases", () => {
  it("reads a Windows-1252 file with `;`, CRLF, odd headers and typographic values", async () => {
    const text =
      [" N°  DOSSIER ;dispositif;CODE COMMUNE;statut;date de DÉPÔT;date de vote;Bénéficiaire;Montant voté fonctionnement;SIRET;Commentaire interne", "D1;INS’pir – Evenement creatif;2691;VOTE;01/09/2016;2016-09-23;Cœur de l’Oise;12 500,00 €;73282932000074;à revoir"].join("\r\n") + "\r\n";
    const load = await loadExports(await exportsFolder({ "dossiers.csv": iconv.encode(text, "windows-1252"), "paiements.csv": "N° dossier,N° mandat,Date de paiement,Montant,Section,Type\n", "suivi.csv": "\ufeffN° idée;N° dossier événement;Étape\n" }));
    expect(load.rejected).toEqual([]);
    expect(load.dossiers[0]).toMatchObject({ dispositif: "INS'pir - Événement créatif", statut: "Voté", beneficiaire: "Cœur de l’Oise", vote_fonctionnement: 12500, date_vote: "2016-09-23" });
    expect(load.files[0]).toMatchObject({ format: "CSV windows-1252 « ; »", extraColumns: ["Commentaire interne"] });
  });

  it("uses the 2016 deliberation's four lines when no enveloppes export is given, and adds up lines of the same section and versant", async () => {
    const none = await loadExports(await exportsOf({ dossiers: [dossier()] }));
    expect(new Set(none.enveloppes.map((e) => e.source))).toEqual(new Set(["deliberation-2016"]));
    expect(none.enveloppes.reduce((s, e) => s + (e.montant as number), 0)).toBe(600_000);
    const given = await loadExports(
      await exportsOf({
        dossiers: [dossier()],
        extra: { "enveloppes.csv": csv([{ Programme: "INS'pir", Section: "Fonctionnement", Versant: "Picardie", Montant: "200 000", Référence: "CP 2016" }, { Programme: "INS’PIR", Section: "fonctionnement", Versant: "PICARDIE", Montant: "50000", Référence: "CP 2018" }]) }
      })
    );
    expect(new Set(given.enveloppes.map((e) => e.source))).toEqual(new Set(["export"]));
    expect(given.enveloppes.map((e) => [e.section, e.versant, e.montant])).toEqual([
      ["Fonctionnement", "Picardie", 200000],
      ["Fonctionnement", "Picardie", 50000]
    ]);
  });

  it("fails naming the file when a required export is missing", async () => {
    const dir = await exportsFolder({ "dossiers.csv": csv([dossier()]), "suivi.csv": "N° idée;N° dossier événement;Étape\n" });
    await expect(loadExports(dir)).rejects.toThrow(/^paiements\.csv : export obligatoire absent/);
  });

  it("fails naming the file and the column when a required column is missing", async () => {
    const { "Code commune": _, ...rest } = dossier();
    await expect(loadExports(await exportsOf({ dossiers: [rest] }))).rejects.toMatchObject({ file: "dossiers.csv", column: "Code commune", message: "dossiers.csv : colonne obligatoire « Code commune » absente" });
  });

  it("fails on an undecodable file", async () => {
    const dir = await exportsFolder({ "dossiers.csv": csv([dossier()]), "paiements.csv": new Uint8Array([0, 1, 2, 3, 0xff]), "suivi.csv": "N° idée;N° dossier événement;Étape\n" });
    await expect(loadExports(dir)).rejects.toThrow(/^paiements\.csv : illisible/);
  });

  it("finds exports whatever the case of their names, and XLSX ones", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("x");
    sheet.addRow(["N° idée", "N° dossier événement", "Étape", "Date de mise à jour"]);
    sheet.addRow(["I1", "D1", "Mûrie", new Date(Date.UTC(2017, 0, 31))]);
    const dir = await exportsFolder({ "Dossiers.CSV": csv([dossier()]), "paiements.csv": csv([paiement()]), "suivi.xlsx": new Uint8Array(await wb.xlsx.writeBuffer()) });
    const load = await loadExports(dir);
    expect(load.files.map((f) => f.file)).toEqual(["Dossiers.CSV", "paiements.csv", "suivi.xlsx"]);
    expect(load.idees[0]).toMatchObject({ etape: "Mûrie", etape_rank: 4, date_mise_a_jour: "2017-01-31" });
  });
});
