import type { Assessment } from "../../loaders/site/social-innovation-page.js";

/** The highest score of a Godin marker (scores go from 0 to 3 by halves). */
export const MAX_SCORE = 3;

const scoreFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });

/** A score in French, with up to two decimals: 2 → `2`, 2.5 → `2,5`, 1.974 → `1,97`; `–` when missing. */
export function formatScore(score: number): string {
  return Number.isFinite(score) ? scoreFormat.format(score) : "–";
}

/** The year of the committee that assessed the project, or null when the export leaves the date empty. */
export function committeeYear(assessment: Pick<Assessment, "dateComite">): number | null {
  const year = Number(assessment.dateComite?.slice(0, 4));
  return assessment.dateComite && Number.isInteger(year) ? year : null;
}

/** The distinct committee years, most recent first (the options of the year filter). */
export function committeeYears(assessments: readonly Pick<Assessment, "dateComite">[]): number[] {
  return [...new Set(assessments.map(committeeYear).filter((y): y is number => y !== null))].sort((a, b) => b - a);
}

/** The assessments of the committee year `year` (all of them when `year` is null: no filter). */
export function keepCommitteeYear<T extends Pick<Assessment, "dateComite">>(assessments: readonly T[], year: number | null): T[] {
  return year === null ? [...assessments] : assessments.filter((a) => committeeYear(a) === year);
}

/** The mean score of each of the `markerCount` markers over the assessments (0–3, unrounded; 0 when there are none). */
export function averageScores(assessments: readonly Pick<Assessment, "scores">[], markerCount: number): number[] {
  return Array.from({ length: markerCount }, (_, i) => {
    const scores = assessments.map((a) => a.scores[i]).filter((s): s is number => Number.isFinite(s));
    return scores.length ? scores.reduce((sum, s) => sum + s, 0) / scores.length : 0;
  });
}

/** The mean of one assessment's scores over the markers (0–3). */
export function meanScore(scores: readonly number[]): number {
  const valid = scores.filter(Number.isFinite);
  return valid.length ? valid.reduce((sum, s) => sum + s, 0) / valid.length : 0;
}

/** The project's name: its title, or its dossier number when the export leaves the title empty. */
export function projectLabel(assessment: Pick<Assessment, "dossier" | "intitule">): string {
  const title = assessment.intitule?.trim();
  return title ? title : `Dossier ${assessment.dossier}`;
}

/** The markers with the highest and the lowest score (the first in marker order on a tie), with their scores (0–3). */
export function extremeMarkers(markers: readonly string[], scores: readonly number[]): { strongest: { marker: string; score: number }; weakest: { marker: string; score: number } } | null {
  if (markers.length === 0) return null;
  let strongest = 0;
  let weakest = 0;
  markers.forEach((_, i) => {
    if ((scores[i] ?? 0) > (scores[strongest] ?? 0)) strongest = i;
    if ((scores[i] ?? 0) < (scores[weakest] ?? 0)) weakest = i;
  });
  return {
    strongest: { marker: markers[strongest]!, score: scores[strongest] ?? 0 },
    weakest: { marker: markers[weakest]!, score: scores[weakest] ?? 0 },
  };
}
