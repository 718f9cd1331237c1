import { describe, expect, it } from "vitest";
import { averageScores, committeeYear, committeeYears, extremeMarkers, formatScore, keepCommitteeYear, meanScore, projectLabel } from "../../src/components/social-scores.js";

const assessments = [
  { dossier: "EX3", intitule: "Cantine solidaire – Lannoy", dateComite: "2019-10-31", scores: [3, 2, 1] },
  { dossier: "EX2", intitule: null, dateComite: "2018-05-03", scores: [2, 2.5, 0] },
  { dossier: "EX1", intitule: "Garage solidaire", dateComite: null, scores: [1, 0.5, 2] },
];

describe("formatScore", () => {
  it("writes scores in French with at most two decimals", () => {
    expect(formatScore(2)).toBe("2");
    expect(formatScore(2.5)).toBe("2,5");
    expect(formatScore(1.974)).toBe("1,97");
    expect(formatScore(Number.NaN)).toBe("–");
  });
});

describe("committee years", () => {
  it("reads the year of the committee date, or null without a date", () => {
    expect(committeeYear(assessments[0]!)).toBe(2019);
    expect(committeeYear(assessments[2]!)).toBeNull();
  });

  it("lists the years, most recent first", () => {
    expect(committeeYears(assessments)).toEqual([2019, 2018]);
  });

  it("keeps the assessments of a year, or all of them", () => {
    expect(keepCommitteeYear(assessments, 2018).map((a) => a.dossier)).toEqual(["EX2"]);
    expect(keepCommitteeYear(assessments, null)).toHaveLength(3);
  });
});

describe("averages", () => {
  it("averages each marker over the assessments", () => {
    expect(averageScores(assessments, 3)).toEqual([2, 5 / 3, 1]);
    expect(averageScores([], 3)).toEqual([0, 0, 0]);
  });

  it("averages one assessment's markers", () => {
    expect(meanScore([3, 2, 1])).toBe(2);
    expect(meanScore([])).toBe(0);
  });

  it("finds the strongest and weakest markers, the first one on a tie", () => {
    expect(extremeMarkers(["A", "B", "C", "D"], [1.5, 2.5, 1, 2.5])).toEqual({ strongest: { marker: "B", score: 2.5 }, weakest: { marker: "C", score: 1 } });
    expect(extremeMarkers([], [])).toBeNull();
  });
});

describe("projectLabel", () => {
  it("names a project by its title, or by its dossier", () => {
    expect(projectLabel(assessments[0]!)).toBe("Cantine solidaire – Lannoy");
    expect(projectLabel(assessments[1]!)).toBe("Dossier EX2");
  });
});
