import { describe, expect, it } from "vitest";
import { ideasFunnel, reachedCounts } from "../../src/components/ideas-funnel.js";
import { eventYears, keepYear, keptEventCount, sumStageCounts } from "../../src/components/ideas-stage-counts.js";

const STAGES = ["Émergée", "Publiée", "Accompagnée", "Mûrie", "Expérimentée", "Activité créée"];

describe("reachedCounts", () => {
  it("counts the ideas at each stage or a later one (sums from the end)", () => {
    // 10 ideas stopped at Émergée, 6 at Publiée, … 1 created an activity: 10+6+4+3+2+1 = 26 emerged.
    expect(reachedCounts([10, 6, 4, 3, 2, 1])).toEqual([26, 16, 10, 6, 3, 1]);
  });

  it("gives zeros for no ideas and an empty list for no stages", () => {
    expect(reachedCounts([0, 0, 0])).toEqual([0, 0, 0]);
    expect(reachedCounts([])).toEqual([]);
  });
});

describe("ideasFunnel", () => {
  const funnel = ideasFunnel(STAGES, { atStage: [10, 6, 4, 3, 2, 1], abandonedAtStage: [4, 2, 1, 1, 0, 0] });

  it("counts matured ideas from « Mûrie » on, with their share of the emerged ideas", () => {
    expect(funnel.emerged).toBe(26);
    // Mûrie 3 + Expérimentée 2 + Activité créée 1.
    expect(funnel.matured).toBe(6);
    expect(funnel.maturedShare).toBeCloseTo(6 / 26, 10);
  });

  it("counts the abandoned ideas of every stage, included in the funnel at their furthest stage", () => {
    expect(funnel.abandoned).toBe(8);
    expect(funnel.abandonedShare).toBeCloseTo(8 / 26, 10);
    expect(funnel.steps.map((s) => s.abandoned)).toEqual([4, 2, 1, 1, 0, 0]);
    expect(funnel.steps[0]?.reached).toBe(26);
  });

  it("gives the conversion from each stage to the next", () => {
    expect(funnel.steps[0]?.conversion).toBeNull();
    expect(funnel.steps[1]?.conversion).toBeCloseTo(16 / 26, 10);
    expect(funnel.steps[3]?.conversion).toBeCloseTo(6 / 10, 10);
    expect(funnel.steps[5]?.conversion).toBeCloseTo(1 / 3, 10);
    expect(funnel.steps.map((s) => s.shareOfEmerged.toFixed(4))).toEqual(["1.0000", "0.6154", "0.3846", "0.2308", "0.1154", "0.0385"]);
  });

  it("gives shares and conversions of 0, not NaN, when there are no ideas", () => {
    const empty = ideasFunnel(STAGES, { atStage: [0, 0, 0, 0, 0, 0], abandonedAtStage: [0, 0, 0, 0, 0, 0] });
    expect(empty.maturedShare).toBe(0);
    expect(empty.abandonedShare).toBe(0);
    expect(empty.steps.map((s) => s.conversion)).toEqual([null, 0, 0, 0, 0, 0]);
  });

  it("reads missing counts as 0", () => {
    expect(ideasFunnel(STAGES, { atStage: [5], abandonedAtStage: [] }).steps.map((s) => s.reached)).toEqual([5, 0, 0, 0, 0, 0]);
  });
});

describe("year filter", () => {
  const years = [
    { year: 2018, atStage: [3, 1, 0], abandonedAtStage: [1, 0, 0] },
    { year: 2017, atStage: [2, 2, 1], abandonedAtStage: [0, 1, 0] },
    { year: 2019, atStage: [1, 0, 0], abandonedAtStage: [0, 0, 0] },
  ];

  it("keeps the rows of the chosen year, or all of them without a filter", () => {
    expect(keepYear(years, 2017).map((r) => r.year)).toEqual([2017]);
    expect(keepYear(years, null)).toHaveLength(3);
    expect(keepYear(years, 2030)).toEqual([]);
  });

  it("lists the years in order", () => {
    expect(eventYears(years)).toEqual([2017, 2018, 2019]);
  });

  it("sums the stage counts of the kept years", () => {
    expect(sumStageCounts(years, 3)).toEqual({ atStage: [6, 3, 1], abandonedAtStage: [1, 1, 0] });
    expect(sumStageCounts([], 3)).toEqual({ atStage: [0, 0, 0], abandonedAtStage: [0, 0, 0] });
  });

  it("counts the events of the year, as a lower bound when the list of events is truncated", () => {
    const events = [{ year: 2018 }, { year: 2018 }, { year: 2019 }];
    expect(keptEventCount(events, 3, null)).toEqual({ count: 3, exact: true });
    expect(keptEventCount(events, 3, 2018)).toEqual({ count: 2, exact: true });
    expect(keptEventCount(events, 10, null)).toEqual({ count: 10, exact: true });
    expect(keptEventCount(events, 10, 2018)).toEqual({ count: 2, exact: false });
  });
});
