import { describe, expect, it } from "vitest";
import type { ReviewBudget, ReviewEvents, ReviewIdeas, ReviewQpv, ReviewScheme, ReviewTiersLieux, ReviewYear } from "../../loaders/site/review-page.js";
import { budgetSentences } from "../../src/components/review-budget-text.js";
import { comparisonRows, comparisonSentences, formatChange, formatDifference } from "../../src/components/review-comparison.js";
import { eventsSentences } from "../../src/components/review-events-text.js";
import { formatSignedEuros, formatSignedInteger, formatSignedPercent, joinFrench } from "../../src/components/review-french.js";
import { ideasSentence } from "../../src/components/review-ideas-text.js";
import { reviewMethodNotes } from "../../src/components/review-method-notes.js";
import { qpvSentences } from "../../src/components/review-qpv-text.js";
import { selectReview } from "../../src/components/review-select.js";
import { tiersLieuxSentences } from "../../src/components/review-tiers-lieux-text.js";
import { normalizeSpaces as n } from "./normalize-spaces.js";

const STAGES = ["Émergée", "Publiée", "Accompagnée", "Mûrie", "Expérimentée", "Activité créée"];
const funnel = (counts: number[]) => STAGES.map((stage, i) => ({ stage, count: counts[i] ?? 0 }));

const events = (o: Partial<ReviewEvents> = {}): ReviewEvents => ({
  count: 38, withFunding: 20, communes: 30, epci: 21, epciToDate: 40, participants: 2345, eventsWithParticipants: 38, byDepartement: [], byEpci: [], ...o
});
const budget = (o: Partial<ReviewBudget> = {}): ReviewBudget => ({
  envelope: 600000, engagedInYear: 120000, paidInYear: 60000, engagedToDate: 150000, paidToDate: 75000, engagedRate: 0.25, paidRate: 0.125, left: 450000, ...o
});
const schemes = (experiments: number, structures: number): ReviewScheme[] => [
  { dispositif: "INS'pir - Événement créatif", dossiers: 38, engaged: 90000 },
  { dispositif: "INS'pir - Expérimentation", dossiers: experiments, engaged: 20000 },
  { dispositif: "INS'pir - Structure d'accompagnement", dossiers: structures, engaged: 10000 }
];
const ideas = (o: Partial<ReviewIdeas> = {}): ReviewIdeas => ({ funnel: funnel([80, 50, 30, 20, 10, 4]), matured: 20, abandoned: 15, maturedShare: 0.25, events: 30, ...o });
const qpv = (o: Partial<ReviewQpv> = {}): ReviewQpv => ({
  events: 40, eventsQpvOrPublic: 10, eventsInQpv: 6, eventsPublicQpv: 7, shareCount: 0.25, engaged: 100000, engagedQpvOrPublic: 30000, shareAmount: 0.3, ...o
});
const tiersLieux = (o: Partial<ReviewTiersLieux> = {}): ReviewTiersLieux => ({ dossiers: 7, epci: 6, firstYear: 7, fonctionnement: 250800, investissement: 99500, epciToDate: 6, ...o });
const review = (year: number, o: Partial<ReviewYear> = {}): ReviewYear => ({
  year, events: events(), schemes: schemes(2, 4), budget: budget(), ideas: ideas(), qpv: qpv(), tiersLieux: tiersLieux(), highlights: [], ...o
});

describe("French helpers", () => {
  it("joins lists with « et »", () => {
    expect(joinFrench([])).toBe("");
    expect(joinFrench(["a"])).toBe("a");
    expect(joinFrench(["a", "b"])).toBe("a et b");
    expect(joinFrench(["a", "b", "c"])).toBe("a, b et c");
  });

  it("signs differences with + and a true minus sign, none for zero", () => {
    expect(n(formatSignedInteger(1371))).toBe("+1 371");
    expect(formatSignedInteger(-7)).toBe("\u22127");
    expect(formatSignedInteger(0)).toBe("0");
    expect(n(formatSignedEuros(121320))).toBe("+121 320 €");
    expect(n(formatSignedEuros(-3000.4))).toBe("\u22123 000 €");
    expect(n(formatSignedEuros(0.3))).toBe("0 €");
    expect(n(formatSignedPercent(0.25))).toBe("+25,0 %");
    expect(n(formatSignedPercent(-0.125))).toBe("\u221212,5 %");
    expect(n(formatSignedPercent(0.00001))).toBe("0,0 %");
  });
});

describe("eventsSentences", () => {
  it("writes the year's events, places, funding, participants and coverage, with plurals", () => {
    expect(eventsSentences(2017, events(), 92).map(n)).toEqual([
      "En 2017, la Région a labellisé 38 événements créatifs dans 30 communes et 21 intercommunalités (EPCI), dont 20 avec un financement.",
      "Ces événements ont réuni 2 345 participants.",
      "Fin 2017, 40 intercommunalités sur 92 avaient accueilli au moins un événement depuis le début du programme."
    ]);
  });

  it("keeps the singular for one event, one commune, one EPCI and one participant", () => {
    expect(eventsSentences(2016, events({ count: 1, withFunding: 1, communes: 1, epci: 1, epciToDate: 1, participants: 1, eventsWithParticipants: 1 }), 92).map(n)).toEqual([
      "En 2016, la Région a labellisé 1 événement créatif dans 1 commune et 1 intercommunalité (EPCI), avec un financement.",
      "Cet événement a réuni 1 participant.",
      "Fin 2016, 1 intercommunalité sur 92 avait accueilli au moins un événement depuis le début du programme."
    ]);
  });

  it("says when every event, none or only some declared funding and participants", () => {
    expect(n(eventsSentences(2018, events({ withFunding: 38 }), 92)[0])).toContain("intercommunalités (EPCI), tous avec un financement.");
    expect(n(eventsSentences(2018, events({ withFunding: 0 }), 92)[0])).toMatch(/intercommunalités \(EPCI\)\.$/);
    expect(n(eventsSentences(2018, events({ eventsWithParticipants: 30 }), 92)[1])).toBe("Les 30 événements dont la participation est renseignée ont réuni 2 345 participants.");
    expect(n(eventsSentences(2018, events({ eventsWithParticipants: 1, participants: 12 }), 92)[1])).toBe("Le seul événement dont la participation est renseignée a réuni 12 participants.");
    expect(eventsSentences(2018, events({ eventsWithParticipants: 0, participants: 0 }), 92)[1]).toBe("Leur nombre de participants n’est renseigné pour aucun d’eux.");
  });

  it("says so when no event was labelled, and when no EPCI was ever reached", () => {
    expect(eventsSentences(2020, events({ count: 0, communes: 0, epci: 0, epciToDate: 0 }), 92)).toEqual([
      "En 2020, la Région n’a labellisé aucun événement créatif INS’pir.",
      "Fin 2020, aucune des 92 intercommunalités de la région n’avait encore accueilli d’événement."
    ]);
  });
});

describe("budgetSentences", () => {
  it("writes what was engaged and paid in the year, the envelope at year end and the other schemes voted", () => {
    expect(budgetSentences(2017, budget(), schemes(2, 4)).map(n)).toEqual([
      "En 2017, la Région a engagé 120 000 € et mandaté 60 000 € sur l’enveloppe INS’pir de 600 000 €.",
      "Fin 2017, le total engagé atteignait 150 000 €, soit 25,0 % de l’enveloppe, et le total mandaté 75 000 € (12,5 %) ; il restait 450 000 € à engager.",
      "La Région a aussi voté 2 expérimentations et 4 structures d’accompagnement en 2017."
    ]);
  });

  it("handles nothing engaged or paid, an overspent envelope and a single scheme in the singular", () => {
    expect(budgetSentences(2016, budget({ engagedInYear: 0, paidInYear: 0, engagedToDate: 0, paidToDate: 0, left: 600000 }), schemes(0, 0)).map(n)).toEqual([
      "En 2016, la Région n’a rien engagé ni mandaté sur l’enveloppe INS’pir de 600 000 €.",
      "Fin 2016, rien n’était encore engagé sur l’enveloppe.",
      "Aucune expérimentation ni structure d’accompagnement n’a été votée en 2016."
    ]);
    expect(n(budgetSentences(2019, budget({ engagedInYear: 0 }), schemes(1, 0))[0])).toBe("En 2019, la Région n’a rien engagé de nouveau sur l’enveloppe INS’pir de 600 000 € et a mandaté 60 000 €.");
    expect(n(budgetSentences(2019, budget({ paidInYear: 0 }), schemes(1, 0))[0])).toBe("En 2019, la Région a engagé 120 000 € sur l’enveloppe INS’pir de 600 000 €, sans rien mandater.");
    expect(n(budgetSentences(2019, budget({ left: -1500 }), schemes(1, 0))[1])).toMatch(/; l’enveloppe était dépassée de 1 500 €\.$/);
    expect(n(budgetSentences(2019, budget(), schemes(0, 1))[2])).toBe("La Région a aussi voté 1 structure d’accompagnement en 2019.");
  });

  it("says, in a département's review, whose dossiers the amounts are and that what is left is the Région's", () => {
    // The département's dossiers engaged 15 400 € of the 600 000 €; the whole Région had 478 780 € left.
    const aisne = budget({ engagedInYear: 15400, paidInYear: 5450, engagedToDate: 15400, paidToDate: 5450, engagedRate: 0.025667, paidRate: 0.009083, left: 478780 });
    expect(budgetSentences(2017, aisne, schemes(1, 1), true).map(n).slice(0, 2)).toEqual([
      "En 2017, la Région a engagé 15 400 € et mandaté 5 450 € pour les dossiers du département, sur l’enveloppe INS’pir de 600 000 €.",
      "Fin 2017, le total engagé pour les dossiers du département atteignait 15 400 €, soit 2,6 % de l’enveloppe régionale, et le total mandaté 5 450 € (0,9 %) ; il restait 478 780 € à engager pour toute la Région."
    ]);
    expect(n(budgetSentences(2016, budget({ engagedInYear: 0, paidInYear: 0, engagedToDate: 0, paidToDate: 0, left: 600000 }), schemes(0, 0), true)[1])).toBe(
      "Fin 2016, rien n’était encore engagé pour les dossiers du département ; il restait 600 000 € à engager pour toute la Région."
    );
  });
});

describe("ideasSentence", () => {
  it("writes the ideas born at the year's events: matured with their share, activities, abandoned", () => {
    expect(n(ideasSentence(2017, ideas()))).toBe(
      "Les événements labellisés en 2017 ont fait émerger 80 idées : 20 ont mûri ou sont allées plus loin (25,0 %), dont 4 ont abouti à la création d’une activité ; 15 ont été abandonnées."
    );
  });

  it("agrees in the singular and names the zero cases", () => {
    expect(n(ideasSentence(2016, ideas({ funnel: funnel([1, 1, 1, 1, 1, 1]), matured: 1, abandoned: 1, maturedShare: 1, events: 1 })))).toBe(
      "L’événement labellisé en 2016 dont les idées sont suivies a fait émerger 1 idée : 1 a mûri ou est allée plus loin (100,0 %), dont 1 a abouti à la création d’une activité ; 1 a été abandonnée."
    );
    expect(n(ideasSentence(2018, ideas({ funnel: funnel([3]), matured: 0, abandoned: 0, maturedShare: 0, events: 2 })))).toBe(
      "Les événements labellisés en 2018 ont fait émerger 3 idées : aucune n’a encore mûri ; aucune n’a été abandonnée."
    );
    expect(ideasSentence(2019, ideas({ funnel: funnel([]), matured: 0, abandoned: 0, events: 0 }))).toBe("Aucune idée issue des événements labellisés en 2019 n’est enregistrée dans le suivi.");
  });
});

describe("qpvSentences", () => {
  it("writes the share of events in or for a QPV, by count and by engaged amount", () => {
    expect(qpvSentences(2017, qpv()).map(n)).toEqual([
      "10 événements sur 40 (25,0 %) ont eu lieu dans un quartier prioritaire de la politique de la ville (QPV) ou ont accueilli un public issu de ces quartiers : 6 en QPV, 7 avec un public QPV.",
      "Ils représentent 30,0 % du montant engagé sur les événements de l’année."
    ]);
  });

  it("agrees in the singular, leaves out the amount share when nothing was engaged, and names the zero cases", () => {
    expect(qpvSentences(2016, qpv({ events: 1, eventsQpvOrPublic: 1, eventsInQpv: 1, eventsPublicQpv: 0, shareCount: 1, engaged: 0, shareAmount: 0 })).map(n)).toEqual([
      "1 événement sur 1 (100,0 %) a eu lieu dans un quartier prioritaire de la politique de la ville (QPV) ou a accueilli un public issu de ces quartiers : 1 en QPV, 0 avec un public QPV."
    ]);
    expect(qpvSentences(2018, qpv({ eventsQpvOrPublic: 0 }))).toEqual([
      "Aucun des 40 événements labellisés en 2018 n’a eu lieu dans un quartier prioritaire de la politique de la ville (QPV) ni déclaré de public issu de ces quartiers."
    ]);
    expect(qpvSentences(2019, qpv({ events: 0, eventsQpvOrPublic: 0 }))).toEqual(["Aucun événement n’ayant été labellisé en 2019, il n’y a pas de part politique de la ville à mesurer."]);
  });
});

describe("tiersLieuxSentences", () => {
  it("writes the aids voted, where, for which plan year and how much, then the EPCI covered at year end", () => {
    expect(tiersLieuxSentences(2017, tiersLieux(), 92).map(n)).toEqual([
      "En 2017, la Région a voté 7 aides à des tiers-lieux du numérique dans 6 intercommunalités, toutes pour une première année, pour 350 300 € (250 800 € en fonctionnement, 99 500 € en investissement).",
      "Fin 2017, 6 intercommunalités sur 92 avaient un tiers-lieu aidé."
    ]);
  });

  it("agrees in the singular and handles no aid", () => {
    expect(tiersLieuxSentences(2018, tiersLieux({ dossiers: 1, epci: 1, firstYear: 0, fonctionnement: 15000, investissement: 0, epciToDate: 1 }), 92).map(n)).toEqual([
      "En 2018, la Région a voté 1 aide à un tiers-lieu du numérique dans 1 intercommunalité, pour 15 000 € (15 000 € en fonctionnement, 0 € en investissement).",
      "Fin 2018, 1 intercommunalité sur 92 avait un tiers-lieu aidé."
    ]);
    expect(n(tiersLieuxSentences(2019, tiersLieux({ dossiers: 3, firstYear: 1 }), 92)[0])).toContain("intercommunalités, dont 1 pour une première année, pour");
    expect(tiersLieuxSentences(2016, tiersLieux({ dossiers: 0, epci: 0, firstYear: 0, fonctionnement: 0, investissement: 0, epciToDate: 0 }), 92)).toEqual([
      "Aucune aide à un tiers-lieu du numérique n’a été votée en 2016."
    ]);
  });
});

describe("comparison with the previous year", () => {
  const before = review(2016, { events: events({ count: 30, epci: 18, participants: 2000 }), budget: budget({ engagedInYear: 100000, paidInYear: 60000 }), tiersLieux: tiersLieux({ dossiers: 0 }) });
  const after = review(2017, { events: events({ count: 38, epci: 18, participants: 1500 }), budget: budget({ engagedInYear: 90000.5, paidInYear: 60000 }) });

  it("measures each figure: values, difference, change and trend in words", () => {
    const rows = comparisonRows(after, before);
    expect(rows.map((r) => [r.label, r.previous, r.current, r.difference, r.change, r.trend])).toEqual([
      ["Événements créatifs labellisés", 30, 38, 8, 8 / 30, "en hausse"],
      ["Intercommunalités (EPCI) ayant accueilli un événement", 18, 18, 0, 0, "stable"],
      ["Participants déclarés", 2000, 1500, -500, -0.25, "en baisse"],
      ["Montant engagé dans l’année (INS’pir)", 100000, 90000.5, -9999.5, -9999.5 / 100000, "en baisse"],
      ["Montant mandaté dans l’année (INS’pir)", 60000, 60000, 0, 0, "stable"],
      ["Idées émergées des événements de l’année", 80, 80, 0, 0, "stable"],
      ["Aides votées aux tiers-lieux du numérique", 0, 7, 7, null, "en hausse"]
    ]);
    // Shown to the euro, 90 000,50 € is 90 001 €: the difference shown is the one a reader computes.
    expect(n(formatDifference(rows[3]!))).toBe("\u22129 999 €");
    expect(n(formatChange(rows[0]!))).toBe("+26,7 %");
    expect(formatChange(rows[6]!)).toBe("7 contre 0");
  });

  it("gives both counts instead of a growth rate from a base below 10, and a rate from 10 up", () => {
    const small = comparisonRows(review(2017, { events: events({ count: 23, epci: 12 }) }), review(2016, { events: events({ count: 1, epci: 10 }) }));
    expect([small[0]!.change, formatChange(small[0]!)]).toEqual([null, "23 contre 1"]);
    expect(n(formatChange(small[1]!))).toBe("+20,0 %");
  });

  it("says up or down in words and figures", () => {
    expect(comparisonSentences(after, before).map(n)).toEqual([
      "Par rapport à 2016, la Région a labellisé 8 événements de plus (38 contre 30) et engagé 9 999 € de moins (90 001 € contre 100 000 €).",
      "Les événements ont touché autant d’intercommunalités qu’en 2016 (18)."
    ]);
    expect(comparisonSentences(before, review(2015, { events: events({ count: 31, epci: 20 }), budget: budget({ engagedInYear: 100000 }) })).map(n)).toEqual([
      "Par rapport à 2015, la Région a labellisé 1 événement de moins (30 contre 31) et engagé le même montant (100 000 €).",
      "Les événements ont touché 18 intercommunalités, contre 20 en 2015 (\u22122)."
    ]);
  });

  it("says there is no previous year for the first one, and names the year compared after a gap", () => {
    expect(comparisonSentences(before, null)).toEqual(["2016 est la première année de décisions INS’pir dans les exports : il n’y a pas d’année précédente à laquelle la comparer."]);
    expect(n(comparisonSentences(review(2019), before)[0])).toMatch(/^Par rapport à 2016 \(aucune décision INS’pir de 2017 à 2018\), la Région a labellisé 8 événements de plus/);
    expect(n(comparisonSentences(review(2018), before)[0])).toMatch(/^Par rapport à 2016 \(aucune décision INS’pir en 2017\), /);
  });
});

describe("selectReview", () => {
  const aisne = [review(2016), review(2017)];
  const page = { reviews: [review(2016), review(2017), review(2019)], epciTotal: 92, departements: [{ code: "02", epciTotal: 20, reviews: aisne }] };
  it("finds the route's year and the review before it, for the region", () => {
    expect(selectReview(page, "2017")).toEqual({ review: page.reviews[1], previous: page.reviews[0], reviews: page.reviews, departement: null, epciTotal: 92 });
    expect(selectReview(page, 2016)?.previous).toBeNull();
    expect(selectReview(page, "2019")?.previous?.year).toBe(2017);
    expect(selectReview(page, "2018")).toBeNull();
  });

  it("finds a département's review (`2017-02`) among its own, with its own EPCI total", () => {
    expect(selectReview(page, "2017-02")).toEqual({ review: aisne[1], previous: aisne[0], reviews: aisne, departement: "02", epciTotal: 20 });
    expect(selectReview(page, "2017-59")).toBeNull();
    expect(selectReview(page, "2017-2")).toBeNull();
  });
});

describe("reviewMethodNotes", () => {
  it("says what each figure counts and the date of the exports", () => {
    const notes = reviewMethodNotes(2017, "2019-12-31");
    expect(notes.map((note) => note.term)).toEqual(["Données", "Année", "Événements", "Enveloppe", "Engagé et mandaté", "Idées", "Politique de la ville", "Tiers-lieux", "Événements présentés"]);
    expect(n(notes[0]!.text)).toContain("arrêtés au 31 décembre 2019");
    expect(notes[3]!.text).toContain("jusqu’au 31 décembre 2017");
    expect(reviewMethodNotes(2017, null)[0]!.text).toContain("dont la date n’est pas connue");
  });
});
