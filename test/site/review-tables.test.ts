import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import type { ReviewYear } from "../../loaders/site/review-page.js";
import { envelopeRows, reviewBudgetCaption, reviewBudgetChart, reviewBudgetTable } from "../../src/components/review-budget-chart.js";
import { reviewComparisonTable } from "../../src/components/review-comparison-table.js";
import { reviewHighlightsTable } from "../../src/components/review-highlights-table.js";
import { reviewIdeasCaption, reviewIdeasTable } from "../../src/components/review-ideas-table.js";
import { reviewSchemesTable } from "../../src/components/review-schemes-table.js";
import { reviewEpciTable } from "../../src/components/review-territory-tables.js";
import { describeChartContract } from "./chart-contract.js";
import { normalizeSpaces as n } from "./normalize-spaces.js";

const { document } = new JSDOM("<!DOCTYPE html>").window;

const review = (year: number, engagedToDate: number, paidToDate: number, o: Partial<ReviewYear> = {}): ReviewYear => ({
  year,
  events: {
    count: 2, withFunding: 1, communes: 2, epci: 2, epciToDate: 2, participants: 40, eventsWithParticipants: 1,
    byDepartement: [{ code: "02", count: 0 }, { code: "59", count: 1 }, { code: "60", count: 0 }, { code: "62", count: 0 }, { code: "80", count: 1 }],
    byEpci: [{ siren: "200093201", name: "Métropole Européenne de Lille", departement: "59", count: 1 }, { siren: "248000531", name: "CA Amiens Métropole", departement: "80", count: 1 }]
  },
  schemes: [
    { dispositif: "INS'pir - Événement créatif", dossiers: 2, engaged: 3500 },
    { dispositif: "INS'pir - Expérimentation", dossiers: 1, engaged: 4000.5 },
    { dispositif: "INS'pir - Structure d'accompagnement", dossiers: 0, engaged: 0 }
  ],
  budget: { envelope: 600000, engagedInYear: engagedToDate / 2, paidInYear: paidToDate / 2, engagedToDate, paidToDate, engagedRate: engagedToDate / 600000, paidRate: paidToDate / 600000, left: 600000 - engagedToDate },
  ideas: { funnel: ["Émergée", "Publiée", "Accompagnée", "Mûrie", "Expérimentée", "Activité créée"].map((stage, i) => ({ stage, count: [4, 2, 1, 1, 0, 0][i]! })), matured: 1, abandoned: 1, maturedShare: 0.25, events: 2 },
  qpv: { events: 2, eventsQpvOrPublic: 0, eventsInQpv: 0, eventsPublicQpv: 0, shareCount: 0, engaged: 3000, engagedQpvOrPublic: 0, shareAmount: 0 },
  tiersLieux: { dossiers: 1, epci: 1, firstYear: 1, fonctionnement: 40000, investissement: 10000, epciToDate: 1 },
  highlights: [
    { dossier: "D2", intitule: "Idéathon Amiens", beneficiaire: "Association B", commune: "Amiens", departement: "80", participants: 40, dateAction: "2017-03-01", dateVote: "2017-02-01", labellisation: null },
    { dossier: "D3", intitule: null, beneficiaire: null, commune: "Lille", departement: "59", participants: null, dateAction: null, dateVote: "2017-02-15", labellisation: null }
  ],
  ...o
});
const reviews = [review(2016, 5000, 1000), review(2017, 12500, 4500), review(2018, 30000, 20000)];

/** A table's rows as text, header row first. */
const rowsOf = (table: HTMLTableElement) => [...table.querySelectorAll("tr")].map((tr) => [...tr.children].map((c) => n(c.textContent)));

describeChartContract({ reviewBudgetChart: (width) => reviewBudgetChart(reviews, 2017, { width, document }) }, { description: true });

describe("reviewBudgetChart", () => {
  it("draws one gauge per year end up to the review's year, named for it", () => {
    expect(envelopeRows(reviews, 2017).map((r) => [r.label, r.engaged, r.paid, r.left])).toEqual([["Fin 2016", 5000, 1000, 595000], ["Fin 2017", 12500, 4500, 587500]]);
    const chart = reviewBudgetChart(reviews, 2017, { width: 700, document });
    expect(chart.getAttribute("aria-label")).toBe("Consommation de l’enveloppe INS’pir à la fin de chaque année, jusqu’à fin 2017");
    expect(n(chart.getAttribute("aria-description"))).toContain("Fin 2017 : 12 500 € engagés (2,1 %) et 4 500 € mandatés (0,8 %) sur une enveloppe de 600 000 €.");
    expect(reviewBudgetCaption(2017)).toContain("jusqu’à 2017");
  });

  it("tabulates the year ends with in-year and cumulative amounts", () => {
    const table = reviewBudgetTable(reviews, 2017, { document });
    expect(n(table.caption?.textContent)).toBe("Enveloppe INS’pir à chaque fin d’année (lignes votées jusque-là) : engagé et mandaté jusqu’à fin 2017");
    expect(rowsOf(table)[2]).toEqual(["Fin 2017", "600 000 €", "6 250 €", "12 500 €", "2,1 %", "2 250 €", "4 500 €", "0,8 %", "587 500 €"]);
    expect(table.querySelectorAll("tbody th[scope=row]")).toHaveLength(2);
  });
});

describe("review tables", () => {
  it("compares two years with both values, the signed difference, the change and the trend in words", () => {
    const table = reviewComparisonTable(reviews[1]!, reviews[0]!, { document });
    expect(n(table.caption?.textContent)).toBe("2017 comparé à 2016");
    const rows = rowsOf(table);
    expect(rows[0]).toEqual(["Indicateur", "2016", "2017", "Écart", "Évolution", "Tendance"]);
    expect(rows[1]).toEqual(["Événements créatifs labellisés", "2", "2", "0", "2 contre 2", "stable"]);
    expect(rows[4]).toEqual(["Montant engagé dans l’année (INS’pir)", "2 500 €", "6 250 €", "+3 750 €", "+150,0 %", "en hausse"]);
  });

  it("lists the schemes with a total, the départements and the EPCI of the year", () => {
    expect(rowsOf(reviewSchemesTable(2017, reviews[1]!.schemes, { document }))).toEqual([
      ["Dispositif INS’pir", "Dossiers", "Engagé"],
      ["Événements créatifs (labellisés)", "2", "3 500 €"],
      ["Expérimentations (votées)", "1", "4 001 €"],
      ["Structures d’accompagnement (votées)", "0", "0 €"],
      ["Total", "3", "7 501 €"]
    ]);
    const epci = reviewEpciTable(2017, reviews[1]!.events, { document });
    expect(n(epci.caption?.textContent)).toBe("Intercommunalités ayant accueilli un événement labellisé en 2017");
    expect(rowsOf(epci).slice(1)).toEqual([["Métropole Européenne de Lille", "Nord", "1"], ["CA Amiens Métropole", "Somme", "1"]]);
  });

  it("shows the funnel of the year's ideas with shares of the emerged ones", () => {
    expect(rowsOf(reviewIdeasTable(2017, reviews[1]!.ideas, { document })).slice(1, 3)).toEqual([["Émergée", "4", "100,0 %"], ["Publiée", "2", "50,0 %"]]);
    expect(reviewIdeasCaption(2017)).toContain("événements labellisés en 2017");
  });

  it("shows the highlighted events with their organisation, never a person, and marks what is missing", () => {
    const table = reviewHighlightsTable(2017, reviews[1]!.highlights, { document });
    expect(rowsOf(table)).toEqual([
      ["Événement", "Organisation", "Commune", "Labellisé le", "Se déroule le", "Participants"],
      ["Idéathon Amiens", "Association B", "Amiens (Somme)", "1er février 2017", "1er mars 2017", "40"],
      ["Sans intitulé", "–", "Lille (Nord)", "15 février 2017", "–", "–"]
    ]);
  });
});
