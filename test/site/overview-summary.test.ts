import { describe, expect, it } from "vitest";
import { budgetRow } from "../../src/components/budget-rows.js";
import { overviewSummary } from "../../src/components/overview-summary.js";
import { ratio } from "../../src/components/ratio.js";
import { overviewFixture } from "./fixture.js";

describe("ratio", () => {
  it("is 0 when the denominator is 0", () => {
    expect(ratio(3, 0)).toBe(0);
    expect(ratio(0, 0)).toBe(0);
    expect(ratio(1, 4)).toBe(0.25);
  });
});

describe("budgetRow", () => {
  it("derives what is left and the rates of a line", () => {
    expect(budgetRow({ section: "Investissement", versant: "Picardie", envelope: 100000, engaged: 23800, paid: 12000 })).toEqual({
      label: "Investissement · Picardie",
      envelope: 100000,
      engaged: 23800,
      paid: 12000,
      left: 76200,
      engagedRate: 0.238,
      paidRate: 0.12,
      leftRate: 0.762,
      paidOfEngaged: 12000 / 23800,
    });
  });

  it("rounds what is left to the cent and lets it go negative when over-committed", () => {
    expect(budgetRow({ envelope: 0.3, engaged: 0.1, paid: 0 }).left).toBe(0.2);
    expect(budgetRow({ envelope: 100, engaged: 130, paid: 0 }).left).toBe(-30);
  });

  it("labels the total and survives an empty envelope", () => {
    const total = budgetRow({ envelope: 0, engaged: 0, paid: 0 });
    expect(total.label).toBe("Total");
    expect([total.engagedRate, total.paidRate, total.leftRate, total.paidOfEngaged]).toEqual([0, 0, 0, 0]);
  });
});

describe("overviewSummary", () => {
  const summary = overviewSummary(overviewFixture());

  it("shows the date of the exports", () => {
    expect(summary.exportsDate).toBe("2019-11-28");
  });

  it("takes the budget total's figures from the dataset and derives what it lacks", () => {
    expect(summary.budget).toEqual({
      label: "Total",
      envelope: 600000,
      engaged: 298675.5,
      paid: 200530.75,
      left: 301324.5,
      engagedRate: 0.4977925,
      paidRate: 200530.75 / 600000,
      leftRate: 301324.5 / 600000,
      paidOfEngaged: 200530.75 / 298675.5,
    });
  });

  it("uses the analysts' rates rather than recomputing them", () => {
    const page = overviewFixture();
    page.budget.total = { ...page.budget.total, engagedRate: 0.5, paidRate: 0.25, left: 12 };
    page.events.coverage.share = 0.3;
    page.ideas.maturedShare = 0.2;
    const { budget, events, ideas } = overviewSummary(page);
    expect([budget.engagedRate, budget.paidRate, budget.left, budget.leftRate, events.coverage, ideas.maturedShare]).toEqual([0.5, 0.25, 12, 12 / 600000, 0.3, 0.2]);
  });

  it("gives the EPCI coverage", () => {
    expect(summary.events).toEqual({ total: 65, epciWithEvent: 28, epciTotal: 92, coverage: 28 / 92 });
  });

  it("gives the matured share of the emerged ideas", () => {
    expect(summary.ideas).toEqual({ emerged: 212, matured: 58, maturedShare: 58 / 212, abandoned: 41 });
  });

  it("copies the politique de la ville figures", () => {
    expect(summary.qpv).toEqual(overviewFixture().qpv);
  });

  it("counts alerts, their dossiers, rejected rows and rows read, and lists the files with rejections", () => {
    expect(summary.quality).toEqual({
      alerts: 5,
      alertDossiers: 4,
      rejected: 13,
      read: 1167,
      rejectedShare: 13 / 1167,
      files: 5,
      rejectedByFile: [
        { file: "dossiers.csv", rejected: 7 },
        { file: "paiements.csv", rejected: 3 },
        { file: "suivi.csv", rejected: 3 },
      ],
    });
  });

  it("copes with a dataset where nothing happened", () => {
    const zero = { envelope: 0, engaged: 0, paid: 0, engagedRate: 0, paidRate: 0, left: 0 };
    const empty = overviewSummary({
      exportsDate: null,
      budget: { lines: [], total: zero, pipeline: { count: 0, requested: 0, byVersant: [] }, forecast: { monthlyPace: 0, exhaustion: null } },
      envelope: [],
      changes: null,
      history: [],
      events: { total: 0, byEpci: [], byDepartement: [], byVersant: [], coverage: { epciWithEvent: 0, epciTotal: 92, share: 0 } },
      ideas: { funnel: [], matured: 0, abandoned: 0, maturedShare: 0 },
      qpv: { events: 0, eventsQpvOrPublic: 0, eventsInQpv: 0, eventsPublicQpv: 0, shareCount: 0, shareAmount: 0 },
      files: [],
      alerts: { count: 0, dossiers: 0 },
      rejected: { count: 0 },
      tiersLieux: { epciWithAid: 0, epciTotal: 92, coverage: 0, dossiers: 0, voted: 0 },
      socialInnovation: { amiDossiers: 0, assessments: 0 },
    });
    expect(empty.exportsDate).toBeNull();
    expect(empty.changes).toBeNull();
    expect(empty.ideas.emerged).toBe(0);
    expect(empty.quality).toMatchObject({ read: 0, rejectedShare: 0, rejectedByFile: [] });
    expect([empty.budget.leftRate, empty.budget.paidOfEngaged]).toEqual([0, 0]);
  });
});
