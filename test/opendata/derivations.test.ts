import { describe, expect, it } from "vitest";
import type { AttribuantConfig } from "../../loaders/opendata/attribuant-config.js";
import { decisionReference } from "../../loaders/opendata/decision-reference.js";
import { OBJET_MAX_CHARS, grantObject } from "../../loaders/opendata/grant-object.js";
import { type GrantPayment, addYears, paymentTerms } from "../../loaders/opendata/payment-terms.js";
import { withConnection } from "../../loaders/db/with-connection.js";
import { loadExports } from "../../loaders/load/load-exports.js";
import { type GrantDossier, type GrantPaymentRow, formatMontant, grantCandidates, isAwardedGrant, publishedGrants, subventionRow, votedCents } from "../../loaders/opendata/published-grants.js";
import { csvCell, scdlCsv } from "../../loaders/opendata/scdl-csv.js";
import { dossier as dossierRow, exportsOf, paiement } from "../helpers/exports-folder.js";

const config: AttribuantConfig = { nomAttribuant: "Région Hauts-de-France", idAttribuant: "20005374200017" };

function dossier(overrides: Partial<GrantDossier> = {}): GrantDossier {
  return {
    id: "D1",
    dispositif: "INS'pir - Événement créatif",
    intitule: "Hackathon santé",
    beneficiaire: "Association test",
    siret: "73282932000074",
    statut: "Voté",
    dateVote: "2016-09-23",
    voteFonctionnement: 5000,
    voteInvestissement: 1250.5,
    ...overrides
  };
}

function payment(datePaiement: string, type: GrantPaymentRow["type"], _overrides: { montant?: number } = {}): GrantPaymentRow {
  return { datePaiement, type };
}

const pay = (datePaiement: string, type: GrantPayment["type"]): GrantPayment => ({ datePaiement, type });

describe("paymentTerms", () => {
  it("gives a closed grant paid once a single day, and one paid several times the period from first to last payment", () => {
    expect(paymentTerms("Soldé", "2016-09-23", [pay("2017-02-01", "Solde")])).toEqual({ conditionsVersement: "unique", datesPeriodeVersement: "2017-02-01" });
    expect(paymentTerms("Soldé", "2016-09-23", [pay("2017-06-30", "Solde"), pay("2016-11-02", "Avance")])).toEqual({ conditionsVersement: "échelonné", datesPeriodeVersement: "2016-11-02/2017-06-30" });
    expect(paymentTerms("Caduc", "2016-09-23", [pay("2016-11-02", "Avance")])).toEqual({ conditionsVersement: "unique", datesPeriodeVersement: "2016-11-02" });
  });

  it("leaves refunds out and counts the two sections paid on the same day as one payment", () => {
    expect(paymentTerms("Soldé", "2016-09-23", [pay("2017-02-01", "Solde"), pay("2017-02-01", "Solde"), pay("2017-05-10", "Reversement")])).toEqual({ conditionsVersement: "unique", datesPeriodeVersement: "2017-02-01" });
    expect(paymentTerms("Caduc", "2016-09-23", [pay("2016-10-10", "Avance"), pay("2016-10-20", "Avance"), pay("2018-01-05", "Reversement")])).toEqual({ conditionsVersement: "échelonné", datesPeriodeVersement: "2016-10-10/2016-10-20" });
  });

  it("gives a grant still open after an advance the period from the advance to the expected end, two years after the vote", () => {
    expect(paymentTerms("Voté", "2016-09-23", [pay("2016-11-02", "Avance")])).toEqual({ conditionsVersement: "échelonné", datesPeriodeVersement: "2016-11-02/2018-09-23" });
    expect(paymentTerms("Voté", "2016-09-23", [pay("2016-11-02", "Avance"), pay("2019-01-15", "Acompte")])).toEqual({ conditionsVersement: "échelonné", datesPeriodeVersement: "2016-11-02/2019-01-15" });
  });

  it("gives an open grant paid its balance in one payment that day", () => {
    expect(paymentTerms("Voté", "2016-09-23", [pay("2017-03-01", "Solde")])).toEqual({ conditionsVersement: "unique", datesPeriodeVersement: "2017-03-01" });
  });

  it("gives a grant not paid yet, or lapsed unpaid, the expected scheme over the expected period", () => {
    expect(paymentTerms("Voté", "2019-11-21", [])).toEqual({ conditionsVersement: "échelonné", datesPeriodeVersement: "2019-11-21/2021-11-21" });
    expect(paymentTerms("Caduc", "2017-03-16", [pay("2017-06-01", "Reversement")])).toEqual({ conditionsVersement: "échelonné", datesPeriodeVersement: "2017-03-16/2019-03-16" });
  });
});

describe("addYears", () => {
  it("keeps the day, and turns 29 February into the 28th of a common year", () => {
    expect(addYears("2016-09-23", 2)).toBe("2018-09-23");
    expect(addYears("2016-02-29", 2)).toBe("2018-02-28");
    expect(addYears("2016-02-29", 4)).toBe("2020-02-29");
  });
});

describe("decisionReference", () => {
  it("names the Commission permanente by its date", () => {
    expect(decisionReference("2016-09-23")).toBe("Commission permanente du 23/09/2016");
  });
});

describe("grantObject", () => {
  it("puts the Intitulé on one line", () => {
    expect(grantObject("  Hackathon\n santé  ", "X")).toBe("Hackathon santé");
  });

  it("cuts a long Intitulé under 256 characters (code points) with an ellipsis", () => {
    const long = grantObject(`${"🙂".repeat(200)} ${"é".repeat(100)}`, "X");
    expect([...long]).toHaveLength(OBJET_MAX_CHARS);
    expect(long.endsWith("é…")).toBe(true);
    expect(grantObject("a".repeat(255), "X")).toBe("a".repeat(255));
  });

  it("falls back on the dispositif when the Intitulé is empty", () => {
    expect(grantObject(null, "Tiers-lieux du numérique")).toBe("Subvention au titre du dispositif « Tiers-lieux du numérique »");
  });
});

describe("awarded grants", () => {
  it("keeps Voté, Soldé and Caduc dossiers with a voted amount > 0", () => {
    expect(isAwardedGrant(dossier())).toBe(true);
    expect(isAwardedGrant(dossier({ statut: "Soldé" }))).toBe(true);
    expect(isAwardedGrant(dossier({ statut: "Caduc" }))).toBe(true);
    expect(isAwardedGrant(dossier({ statut: "Labellisé" }))).toBe(false);
    expect(isAwardedGrant(dossier({ statut: "Refusé" }))).toBe(false);
    expect(isAwardedGrant(dossier({ voteFonctionnement: 0, voteInvestissement: 0 }))).toBe(false);
  });

  it("sums both sections in cents and writes them with a point and two decimals", () => {
    expect(votedCents(dossier({ voteFonctionnement: 0.1, voteInvestissement: 0.2 }))).toBe(30);
    expect(formatMontant(625050)).toBe("6250.50");
    expect(formatMontant(5)).toBe("0.05");
  });

  it("writes a dossier's row: vote date, Commission permanente, SIRET, voted amount of both sections, payment terms", () => {
    const row = subventionRow(dossier(), [payment("2016-11-02", "Avance")], config);
    expect(row).toEqual({
      nomAttribuant: "Région Hauts-de-France",
      idAttribuant: "20005374200017",
      dateConvention: "2016-09-23",
      referenceDecision: "Commission permanente du 23/09/2016",
      nomBeneficiaire: "Association test",
      idBeneficiaire: "73282932000074",
      rnaBeneficiaire: "",
      objet: "Hackathon santé",
      montant: "6250.50",
      nature: "aide en numéraire",
      conditionsVersement: "échelonné",
      datesPeriodeVersement: "2016-11-02/2018-09-23",
      idRAE: "",
      notificationUE: "non",
      pourcentageSubvention: "1.00",
      dispositifAide: "INS'pir - Événement créatif"
    });
  });

  it("keeps the voted amount for a Soldé grant partly refunded and for a lapsed one", () => {
    const refunded = subventionRow(dossier({ statut: "Soldé", voteInvestissement: 0 }), [payment("2017-01-10", "Solde", { montant: 5000 }), payment("2017-06-01", "Reversement", { montant: 800 })], config);
    expect(refunded).toMatchObject({ montant: "5000.00", conditionsVersement: "unique", datesPeriodeVersement: "2017-01-10" });
    expect(subventionRow(dossier({ statut: "Caduc", voteInvestissement: 0 }), [], config)).toMatchObject({ montant: "5000.00", conditionsVersement: "échelonné" });
  });

  it("takes the dispositifAide identifier from the configuration when it has one", () => {
    const withId = { ...config, dispositifAide: { "INS'pir - Événement créatif": "65d5b6c7-102c-4440-ac3b-768f708edc0a" } };
    expect(subventionRow(dossier(), [], withId)).toMatchObject({ dispositifAide: "65d5b6c7-102c-4440-ac3b-768f708edc0a" });
    expect(subventionRow(dossier({ dispositif: "Tiers-lieux du numérique" }), [], withId)).toMatchObject({ dispositifAide: "Tiers-lieux du numérique" });
  });

  it("never writes the contact, and reports a grant whose beneficiary has no name instead of writing it", () => {
    expect(JSON.stringify(subventionRow(dossier(), [], config))).not.toContain("personne@example.org");
    expect(subventionRow(dossier({ beneficiaire: null }), [], config)).toEqual({ reason: "nom du bénéficiaire absent" });
  });

  it("lists the grants of a loaded database by date of vote then dossier, each with its own payments", async () => {
    const dir = await exportsOf({
      dossiers: [
        dossierRow({ "N° dossier": "D3", "Date de vote": "19/01/2017" }),
        dossierRow({ "N° dossier": "D2" }),
        dossierRow({ "N° dossier": "D1" }),
        dossierRow({ "N° dossier": "D0", Statut: "Refusé" }),
        dossierRow({ "N° dossier": "D4", Bénéficiaire: "" })
      ],
      paiements: [paiement({ "N° dossier": "D2", "Date de paiement": "01/02/2017", Type: "Solde" })]
    });
    const candidates = await withConnection(":memory:", async (connection) => {
      await loadExports(connection, dir);
      return grantCandidates(connection);
    });
    const { grants, unpublished } = publishedGrants(candidates, config);
    expect(grants.map((g) => [g.dossier, g.row.dateConvention, g.row.datesPeriodeVersement])).toEqual([
      ["D1", "2016-09-23", "2016-09-23/2018-09-23"],
      ["D2", "2016-09-23", "2017-02-01"],
      ["D3", "2017-01-19", "2017-01-19/2019-01-19"]
    ]);
    expect(unpublished).toEqual([{ dossier: "D4", reason: "nom du bénéficiaire absent" }]);
  });
});

describe("the SCDL CSV", () => {
  it("quotes only cells with a comma, a quote or a line break", () => {
    expect(csvCell("Festival, édition 2017")).toBe('"Festival, édition 2017"');
    expect(csvCell('Le "Lab"')).toBe('"Le ""Lab"""');
    expect(csvCell("aide en numéraire;aide en nature")).toBe("aide en numéraire;aide en nature");
    expect(csvCell("deux\nlignes")).toBe('"deux\nlignes"');
  });

  it("writes the header then one CRLF line per row", () => {
    const row = subventionRow(dossier({ intitule: "Festival, édition 2017" }), [], config);
    if ("reason" in row) throw new Error(row.reason);
    const text = scdlCsv([row]);
    expect(text.split("\r\n")).toHaveLength(3);
    expect(text.startsWith("nomAttribuant,idAttribuant,dateConvention,")).toBe(true);
    expect(text).toContain(',"Festival, édition 2017",6250.50,aide en numéraire,échelonné,2016-09-23/2018-09-23,,non,1.00,');
  });
});
