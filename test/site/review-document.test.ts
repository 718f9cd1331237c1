// The parts of the printed review added for officials: cover messages, quiet years, trend, envelope lines,
// département paragraphs, the highlights' dates. Small inline reviews, figures computed by hand.
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import type { DepartementReviews, ReviewHighlight, ReviewYear } from "../../loaders/site/review-page.js";
import { departementParagraphs } from "../../src/components/review-departement-text.js";
import { countsAtYearEnd, reviewEnvelopeLinesTable } from "../../src/components/review-envelope-lines.js";
import { heldLaterCount, reviewHighlightsCaption } from "../../src/components/review-highlights-table.js";
import { keyMessages } from "../../src/components/review-key-messages.js";
import { parseReviewKey, reviewKey } from "../../src/components/review-key.js";
import { isQuietYear, quietYearSentence } from "../../src/components/review-quiet-year.js";
import { reviewTrendChart, reviewTrendTable, trendRows } from "../../src/components/review-trend.js";
import { describeChartContract } from "./chart-contract.js";
import { normalizeSpaces as n } from "./normalize-spaces.js";

const { document } = new JSDOM("").window;

const year = (y: number, count: number, epci: number, engagedInYear: number, paidInYear: number, o: Partial<ReviewYear> = {}): ReviewYear =>
  ({
    year: y,
    events: { count, withFunding: 0, communes: count, epci, epciToDate: epci, participants: 0, eventsWithParticipants: 0, byDepartement: [], byEpci: [] },
    schemes: [],
    budget: { envelope: 600000, engagedInYear, paidInYear, engagedToDate: engagedInYear, paidToDate: paidInYear, engagedRate: engagedInYear / 600000, paidRate: paidInYear / 600000, left: 600000 - engagedInYear },
    ideas: { funnel: [{ stage: "Émergée", count: 0 }], matured: 0, abandoned: 0, maturedShare: 0, events: 0 },
    qpv: { events: count, eventsQpvOrPublic: 0, eventsInQpv: 0, eventsPublicQpv: 0, shareCount: 0, engaged: 0, engagedQpvOrPublic: 0, shareAmount: 0 },
    tiersLieux: { dossiers: 0, epci: 0, firstYear: 0, fonctionnement: 0, investissement: 0, epciToDate: 0 },
    highlights: [],
    ...o
  }) as ReviewYear;
const reviews = [year(2016, 1, 1, 0, 0), year(2017, 23, 16, 121320, 61785), year(2018, 30, 20, 150000, 90000)];
const rowsOf = (table: HTMLTableElement) => [...table.querySelectorAll("tr")].map((tr) => [...tr.children].map((c) => n(c.textContent)));

describe("reviewKey", () => {
  it("names the region's review by its year and a département's by year and code, and reads them back", () => {
    expect([reviewKey(2017, null), reviewKey(2017, "02")]).toEqual(["2017", "2017-02"]);
    expect(parseReviewKey("2017-02")).toEqual({ year: 2017, departement: "02" });
    expect(parseReviewKey("2017")).toEqual({ year: 2017, departement: null });
    expect(parseReviewKey("bilan")).toBeNull();
  });
});

describe("keyMessages", () => {
  it("writes three to five messages from the year's figures", () => {
    const nord: DepartementReviews = { code: "59", epciTotal: 12, reviews: [year(2017, 12, 7, 0, 0)] };
    const aisne: DepartementReviews = { code: "02", epciTotal: 20, reviews: [year(2017, 5, 2, 0, 0)] };
    const current = { ...reviews[1]!, ideas: { ...reviews[1]!.ideas, matured: 25 } };
    expect(keyMessages(current, reviews[0]!, 92, [aisne, nord]).map(n)).toEqual([
      "23 événements créatifs labellisés en 2017, dans 16 intercommunalités sur 92.",
      "121 320 € engagés fin 2017 sur une enveloppe de 600 000 € (20,2 %) ; reste 478 680 €.",
      "Nord en tête : 12 événements sur 23.",
      "22 événements de plus qu’en 2016 (23 contre 1).",
      "25 idées issues des événements de 2017 ont mûri."
    ]);
    expect(keyMessages(reviews[0]!, null, 92)).toHaveLength(2);
    expect(keyMessages(year(2019, 0, 0, 0, 0, { budget: { ...reviews[0]!.budget, left: -500, engagedToDate: 600500 } }), null, 92).map(n)[1]).toContain("dépassement de 500 €");
  });

  it("gives, in a département's review, its dossiers' share of the regional envelope and what the Région had left", () => {
    const aisne = year(2017, 2, 2, 15400, 5450, {
      budget: { envelope: 600000, engagedInYear: 15400, paidInYear: 5450, engagedToDate: 15400, paidToDate: 5450, engagedRate: 0.025667, paidRate: 0.009083, left: 478780 }
    });
    expect(n(keyMessages(aisne, null, 20, [], true)[1]!)).toBe(
      "15 400 € engagés fin 2017 pour les dossiers du département, 2,6 % de l’enveloppe régionale de 600 000 € ; reste 478 780 € pour toute la Région."
    );
  });
});

describe("quiet years", () => {
  it("says in a sentence why the programme's first year is short, and how few events another quiet year had", () => {
    expect(isQuietYear(reviews[0]!)).toBe(true);
    expect(isQuietYear(reviews[1]!)).toBe(false);
    expect(n(quietYearSentence(reviews[0]!, "2016-09-23") ?? "")).toBe(
      "2016 est l’année de lancement du programme : la première décision INS’pir date du 23 septembre 2016, et seulement 1 événement créatif a été labellisé avant la fin de l’année. Ce bilan est donc court ; les bilans suivants décrivent l’activité d’une année pleine."
    );
    expect(n(quietYearSentence(year(2020, 0, 0, 0, 0), "2016-09-23") ?? "")).toBe("En 2020, aucun événement créatif n’a été labellisé : ce bilan est donc court et ne présente que les chiffres de l’année qui ne sont pas nuls.");
    expect(quietYearSentence(reviews[1]!, "2016-09-23")).toBeNull();
  });
});

describe("the trend", () => {
  it("lists every review year up to the year, with events, EPCI, engaged and paid", () => {
    expect(trendRows(reviews, 2017)).toEqual([
      { year: 2016, events: 1, epci: 1, engaged: 0, paid: 0 },
      { year: 2017, events: 23, epci: 16, engaged: 121320, paid: 61785 }
    ]);
    const table = reviewTrendTable(trendRows(reviews, 2018), { document });
    expect(rowsOf(table)[3]).toEqual(["2018", "30", "20", "150 000 €", "90 000 €"]);
    expect(n(table.caption?.textContent)).toBe("Évolution année par année, de 2016 à 2018");
  });
});

describeChartContract({ reviewTrendChart: (width) => reviewTrendChart(trendRows(reviews, 2018), { width, document }) as Element }, { description: true });

describe("the envelope's lines", () => {
  const lines = [
    { section: "Fonctionnement", versant: "Picardie", montant: 200000, reference: "Délibération cadre", date: null },
    { section: "Fonctionnement", versant: "Nord-Pas-de-Calais", montant: 100000, reference: "Abondement", date: "2018-07-19" }
  ];
  it("says for each line, with its reference and date, whether it counts at the end of the year", () => {
    expect([countsAtYearEnd(lines[1]!, 2017), countsAtYearEnd(lines[1]!, 2018), countsAtYearEnd(lines[0]!, 2016)]).toEqual([false, true, true]);
    expect(rowsOf(reviewEnvelopeLinesTable(2017, lines, { document })).slice(1)).toEqual([
      ["Fonctionnement", "Picardie", "200 000 €", "Délibération cadre", "depuis le début", "oui"],
      ["Fonctionnement", "Nord-Pas-de-Calais", "100 000 €", "Abondement", "19 juillet 2018", "non, postérieur"]
    ]);
  });
});

describe("département paragraphs", () => {
  it("give each département its events, EPCI out of its own, engaged amount and tiers-lieux", () => {
    const somme = { code: "80", epciTotal: 13, reviews: [year(2017, 1, 1, 9650, 0, { tiersLieux: { ...reviews[0]!.tiersLieux, dossiers: 3 } })] };
    const oise = { code: "60", epciTotal: 21, reviews: [year(2017, 0, 0, 0, 0)] };
    expect(departementParagraphs(2017, [somme, oise]).map((p) => [p.name, n(p.text)])).toEqual([
      ["Somme", "1 événement créatif labellisé en 2017, dans 1 intercommunalité sur 13 ; 9 650 € engagés sur INS’pir pour ses dossiers. 3 aides votées à un tiers-lieu du numérique."],
      ["Oise", "Aucun événement créatif n’a été labellisé en 2017 dans ce département ; rien n’a été engagé sur INS’pir pour ses dossiers."]
    ]);
  });
});

describe("highlighted events", () => {
  const h = (dateVote: string, dateAction: string | null): ReviewHighlight => ({ dossier: "D", intitule: null, beneficiaire: null, commune: "Lille", departement: "59", participants: null, dateVote, dateAction, labellisation: null });
  it("say they belong to the year by their label, and how many take place after it", () => {
    const later = [h("2017-12-21", "2018-02-09"), h("2017-10-19", "2018-01-28"), h("2017-01-19", "2017-03-11")];
    expect(heldLaterCount(2017, later)).toBe(2);
    expect(n(reviewHighlightsCaption(2017, later))).toBe("Événements labellisés en 2017 ayant réuni le plus de participants (ils sont rattachés à 2017 par la date de leur label ; 2 se déroulent après 2017)");
    expect(n(reviewHighlightsCaption(2017, later.slice(1, 2)))).toContain("; l’un d’eux se déroule après 2017)");
    expect(reviewHighlightsCaption(2017, [h("2017-01-19", null)])).not.toContain("après");
  });
});
