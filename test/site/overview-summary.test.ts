import { describe, expect, it } from "vitest";
import { budgetRow } from "../../src/components/budget-rows.js";
import { departementLabel } from "../../src/components/departements.js";
import { funnelRows } from "../../src/components/idea-funnel-chart.js";
import { overviewSummary } from "../../src/components/overview-summary.js";
import { ratio } from "../../src/components/ratio.js";
import { indicatorsFixture } from "./fixture.js";

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
  const summary = overviewSummary(indicatorsFixture());

  it("computes the budget total's figures", () => {
    expect(summary.budget).toMatchObject({ envelope: 600000, engaged: 298675.5, paid: 200530.75, left: 301324.5 });
    expect(summary.budget.engagedRate).toBeCloseTo(0.4978, 4);
  });

  it("gives the EPCI coverage", () => {
    expect(summary.events).toEqual({ total: 65, epciWithEvent: 28, epciTotal: 92, coverage: 28 / 92 });
  });

  it("gives the matured share of the emerged ideas", () => {
    expect(summary.ideas).toEqual({ emerged: 212, matured: 58, maturedShare: 58 / 212, abandoned: 41 });
  });

  it("counts alerts, rejected rows and rows read, and lists the files with rejections", () => {
    expect(summary.quality).toEqual({
      alerts: 5,
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

  it("copes with a document where nothing happened", () => {
    const empty = overviewSummary({
      budget: { lines: [], total: { envelope: 600000, engaged: 0, paid: 0 } },
      events: { total: 0, byEpci: [], byDepartement: [], coverage: { epciWithEvent: 0, epciTotal: 92 } },
      ideas: { funnel: [], matured: 0, abandoned: 0 },
      qpv: { events: 0, eventsQpvOrPublic: 0, eventsInQpv: 0, eventsPublicQpv: 0, shareCount: 0, shareAmount: 0 },
      files: [],
      alerts: [],
      rejected: [],
    });
    expect(empty.ideas.maturedShare).toBe(0);
    expect(empty.quality.rejectedShare).toBe(0);
    expect(empty.budget.leftRate).toBe(1);
  });
});

describe("funnelRows and departementLabel", () => {
  it("gives each stage its share of the first", () => {
    expect(funnelRows([{ stage: "Émergée", count: 10 }, { stage: "Publiée", count: 4 }])).toEqual([
      { stage: "Émergée", count: 10, share: 1 },
      { stage: "Publiée", count: 4, share: 0.4 },
    ]);
  });

  it("names the region's départements", () => {
    expect(departementLabel("02")).toBe("Aisne (02)");
    expect(departementLabel("75")).toBe("75");
  });
});
