import { describe, expect, it } from "vitest";
import { siteData } from "../../loaders/site/site-archive.js";
import type { ReviewPage } from "../../loaders/site/review-page.js";
import { type YearedDossier, reviewYears, reviewYearsOf } from "../../loaders/review/review-years.js";
import { dossier, exportsOf, idee, paiement } from "../helpers/exports-folder.js";

// Two review years, hand-computed: 2016 (one voted event in Lille) and 2017 (a labelled event in Amiens, a paid-off
// one in Lille, a lapsed one, an experiment and a tiers-lieu). A refused event and a 2018 payment make no review.
const parts = {
  dossiers: [
    dossier({ "N° dossier": "D1", Intitulé: "Hackathon Lille", Bénéficiaire: "Association A", QPV: "Oui", Participants: "100", "Date de l'action": "15/10/2016", Contact: "Jeanne Personne" }),
    dossier({ "N° dossier": "D2", Intitulé: "Idéathon Amiens", Bénéficiaire: "Tél 06 12 34 56 78", "Code commune": "80021", Statut: "Labellisé", "Date de dépôt": "01/01/2017", "Date de vote": "01/02/2017", "Montant voté fonctionnement": "0", Participants: "40", Labellisation: "Sans financement" }),
    dossier({ "N° dossier": "D3", Statut: "Soldé", "Date de dépôt": "01/01/2017", "Date de vote": "15/02/2017", "Montant voté fonctionnement": "4000", Labellisation: "Avec financement" }),
    dossier({ "N° dossier": "D4", Statut: "Caduc", "Date de dépôt": "01/01/2017", "Date de vote": "20/02/2017", "Montant voté fonctionnement": "2000" }),
    dossier({ "N° dossier": "E1", Dispositif: "INS'pir - Expérimentation", "Date de dépôt": "01/01/2017", "Date de vote": "01/03/2017", "Montant voté fonctionnement": "4000" }),
    dossier({ "N° dossier": "TL", Dispositif: "Tiers-lieux du numérique", "Date de dépôt": "01/01/2017", "Date de vote": "01/06/2017", Année: "1", Fonctions: "fablab, coworking", "Coût total": "90000", "Montant voté fonctionnement": "40000", "Montant voté investissement": "10000" }),
    dossier({ "N° dossier": "R1", Statut: "Refusé", "Date de vote": "", "Montant voté fonctionnement": "0" })
  ],
  paiements: [
    paiement(),
    paiement({ "N° dossier": "D3", "N° mandat": "M3", Montant: "3000", "Date de paiement": "2017-04-01", Type: "Solde" }),
    paiement({ "N° dossier": "D4", "N° mandat": "M4", Montant: "500", "Date de paiement": "2017-05-01" }),
    paiement({ "N° dossier": "E1", "N° mandat": "M5", Montant: "2000", "Date de paiement": "2018-01-15" })
  ],
  suivi: [
    idee({ Étape: "Mûrie" }),
    idee({ "N° idée": "I2", "N° dossier événement": "D2", Abandonnée: "Oui", Porteur: "Paul Personne" }),
    idee({ "N° idée": "I3", "N° dossier événement": "D3", Étape: "Publiée" })
  ]
};

describe("reviewYears", () => {
  it("keeps the years of vote of INS'pir dossiers labelled, voted, paid off or lapsed, ascending", () => {
    const d = (dispositif: string, statut: string, dateVote: string | null) => ({ dispositif, statut, dateVote }) as YearedDossier;
    expect(
      reviewYears([
        d("INS'pir - Événement créatif", "Labellisé", "2018-03-01"),
        d("INS'pir - Expérimentation", "Caduc", "2016-12-31"),
        d("INS'pir - Événement créatif", "Refusé", "2015-01-01"),
        d("Tiers-lieux du numérique", "Voté", "2014-01-01"),
        d("INS'pir - Structure d'accompagnement", "Déposé", null),
        d("INS'pir - Événement créatif", "Soldé", "2018-11-01")
      ])
    ).toEqual([2016, 2018]);
    expect(reviewYears([])).toEqual([]);
  });
});

describe("bilan.json", () => {
  it("computes each review year's figures from one load, by year of vote", async () => {
    const dir = await exportsOf(parts);
    const page = (await siteData({ dataDir: dir }))["bilan.json"] as ReviewPage;
    expect(page.years).toEqual([2016, 2017]);
    expect(await reviewYearsOf({ dataDir: dir })).toEqual(page.years);
    expect(page.exportsDate).toBe("2018-01-15");
    expect(page.epciTotal).toBe(92);
    const [y2016, y2017] = page.reviews;

    expect(y2016?.events).toEqual({
      count: 1, withFunding: 0, communes: 1, epci: 1, epciToDate: 1, participants: 100, eventsWithParticipants: 1,
      byDepartement: [{ code: "02", count: 0 }, { code: "59", count: 1 }, { code: "60", count: 0 }, { code: "62", count: 0 }, { code: "80", count: 0 }],
      byEpci: [{ siren: "200093201", name: "Métropole Européenne de Lille", departement: "59", count: 1 }]
    });
    expect(y2016?.budget).toEqual({ envelope: 600000, engagedInYear: 5000, paidInYear: 1000, engagedToDate: 5000, paidToDate: 1000, engagedRate: 5000 / 600000, paidRate: 1000 / 600000, left: 595000 });
    expect(y2016?.qpv).toMatchObject({ events: 1, eventsQpvOrPublic: 1, eventsInQpv: 1, shareCount: 1, engaged: 5000, engagedQpvOrPublic: 5000, shareAmount: 1 });
    expect(y2016?.ideas).toEqual({ funnel: [1, 1, 1, 1, 0, 0].map((count, i) => ({ stage: ["Émergée", "Publiée", "Accompagnée", "Mûrie", "Expérimentée", "Activité créée"][i], count })), matured: 1, abandoned: 0, maturedShare: 1, events: 1 });
    expect(y2016?.highlights).toEqual([{ dossier: "D1", intitule: "Hackathon Lille", beneficiaire: "Association A", commune: "Lille", departement: "59", participants: 100, dateAction: "2016-10-15", dateVote: "2016-09-23", labellisation: null }]);

    // D2 (Amiens) and D3 (Lille) are counted; D4, lapsed, only adds the 500 € paid to what was engaged.
    expect(y2017?.events).toMatchObject({ count: 2, withFunding: 1, communes: 2, epci: 2, epciToDate: 2, participants: 40, eventsWithParticipants: 1 });
    expect(y2017?.events.byDepartement.filter((d) => d.count > 0)).toEqual([{ code: "59", count: 1 }, { code: "80", count: 1 }]);
    expect(y2017?.schemes).toEqual([
      { dispositif: "INS'pir - Événement créatif", dossiers: 2, engaged: 3500 },
      { dispositif: "INS'pir - Expérimentation", dossiers: 1, engaged: 4000 },
      { dispositif: "INS'pir - Structure d'accompagnement", dossiers: 0, engaged: 0 }
    ]);
    // The 2018 payment of E1 belongs to no review year: it is in neither paid figure.
    expect(y2017?.budget).toMatchObject({ engagedInYear: 7500, paidInYear: 3500, engagedToDate: 12500, paidToDate: 4500, left: 587500 });
    expect(y2017?.ideas).toMatchObject({ matured: 0, abandoned: 1, events: 2 });
    expect(y2017?.ideas.funnel.map((s) => s.count)).toEqual([2, 1, 0, 0, 0, 0]);
    expect(y2017?.qpv).toMatchObject({ events: 2, eventsQpvOrPublic: 0, shareCount: 0, engaged: 3000, shareAmount: 0 });
    expect(y2017?.tiersLieux).toEqual({ dossiers: 1, epci: 1, firstYear: 1, fonctionnement: 40000, investissement: 10000, epciToDate: 1 });
    // Declared participants first; the organisation typed as a phone number is masked.
    expect(y2017?.highlights.map((h) => [h.dossier, h.participants, h.beneficiaire])).toEqual([["D2", 40, "Tél [téléphone masqué]"], ["D3", null, "Association test"]]);
  });

  it("takes each year's envelope as it stood on 31 December: lines dated up to then, and the undated ones", async () => {
    const enveloppes = [
      "Programme;Section;Versant;Montant;Référence;Date",
      "INS'pir;Fonctionnement;Picardie;200 000;Cadre;",
      "INS'pir;Investissement;Nord-Pas-de-Calais;100 000;Cadre;23/09/2016",
      // Dated on the last day of 2017: it counts for 2017. The next one, a 2018 top-up, does not.
      "INS'pir;Fonctionnement;Nord-Pas-de-Calais;50 000;Abondement 1;31/12/2017",
      "INS'pir;Fonctionnement;Nord-Pas-de-Calais;70 000;Abondement 2;01/01/2018",
      "Autre;Fonctionnement;Picardie;999 999;Hors INS'pir;"
    ].join("\n");
    const page = (await siteData({ dataDir: await exportsOf({ ...parts, extra: { "enveloppes.csv": enveloppes } }) }))["bilan.json"] as ReviewPage;
    const [y2016, y2017] = page.reviews;
    expect(y2016?.budget).toMatchObject({ envelope: 300000, left: 295000, engagedRate: 5000 / 300000 });
    expect(y2017?.budget).toMatchObject({ envelope: 350000, left: 337500, paidRate: 4500 / 350000 });
    expect(page.envelopeLines).toEqual([
      { section: "Fonctionnement", versant: "Picardie", montant: 200000, reference: "Cadre", date: null },
      { section: "Investissement", versant: "Nord-Pas-de-Calais", montant: 100000, reference: "Cadre", date: "2016-09-23" },
      { section: "Fonctionnement", versant: "Nord-Pas-de-Calais", montant: 50000, reference: "Abondement 1", date: "2017-12-31" },
      { section: "Fonctionnement", versant: "Nord-Pas-de-Calais", montant: 70000, reference: "Abondement 2", date: "2018-01-01" }
    ]);
  });

  it("computes the same figures on one département's dossiers, and dates the programme's first decision", async () => {
    const page = (await siteData({ dataDir: await exportsOf(parts) }))["bilan.json"] as ReviewPage;
    expect(page.firstDecision).toBe("2016-09-23");
    expect(page.departements.map((d) => d.code)).toEqual(["02", "59", "60", "62", "80"]);
    const somme = page.departements.find((d) => d.code === "80")!;
    const nord = page.departements.find((d) => d.code === "59")!;
    // The Somme has only D2 (Amiens, 2017, nothing engaged); the Nord D1 in 2016, then D3, D4, E1 and the tiers-lieu in 2017.
    expect(somme.reviews.map((r) => [r.year, r.events.count, r.events.epci, r.budget.engagedInYear])).toEqual([[2016, 0, 0, 0], [2017, 1, 1, 0]]);
    expect(nord.reviews.map((r) => [r.year, r.events.count, r.budget.engagedInYear, r.budget.paidInYear, r.tiersLieux.dossiers])).toEqual([[2016, 1, 5000, 1000, 0], [2017, 1, 7500, 3500, 1]]);
    expect(nord.reviews[1]?.ideas.funnel[0]?.count).toBe(1);
    // The envelope stays the Région's; the EPCI total is those with a commune in the département.
    expect(nord.reviews[1]?.budget.envelope).toBe(600000);
    // What is left is the Région's (587 500 € at the end of 2017), not the envelope minus the Nord's own 12 500 €.
    expect(nord.reviews.map((r) => [r.budget.engagedToDate, r.budget.left])).toEqual([[5000, 595000], [12500, 587500]]);
    expect(somme.reviews.map((r) => r.budget.left)).toEqual([595000, 587500]);
    expect(somme.epciTotal).toBeGreaterThan(5);
    expect(somme.epciTotal).toBeLessThan(page.epciTotal);
  });

  it("publishes no personal value", async () => {
    const text = JSON.stringify((await siteData({ dataDir: await exportsOf(parts) }))["bilan.json"]);
    for (const marker of ["Jeanne Personne", "Paul Personne", "06 12 34 56 78", "contact", "porteur"]) expect(text).not.toContain(marker);
  });
});
