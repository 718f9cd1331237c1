import type { ReviewYear } from "../../loaders/site/review-page.js";
import { formatCount, formatEuros, formatInteger } from "./format.js";
import { formatSignedEuros, formatSignedInteger, formatSignedPercent } from "./review-french.js";

/** One measure of the year against the previous review's (counts, or amounts in €). */
export interface ComparisonRow {
  label: string;
  unit: "count" | "euros";
  previous: number;
  current: number;
  /** current − previous. */
  difference: number;
  /** difference ÷ previous (share, 1 = +100 %); null on a small base (see SMALL_BASE), where "23 contre 1" says it better. */
  change: number | null;
  trend: "en hausse" | "en baisse" | "stable";
}

/** Below this previous count, a growth rate means little (+2 200 % for 23 against 1): the two counts are given instead. */
export const SMALL_BASE = 10;

/** Whether a relative change is worth printing: not from 0, and for counts not from a base below SMALL_BASE. */
function hasMeaningfulChange(unit: ComparisonRow["unit"], previous: number): boolean {
  return previous > 0 && (unit === "euros" || previous >= SMALL_BASE);
}

const MEASURES: readonly { label: string; unit: ComparisonRow["unit"]; value: (r: ReviewYear) => number }[] = [
  { label: "Événements créatifs labellisés", unit: "count", value: (r) => r.events.count },
  { label: "Intercommunalités (EPCI) ayant accueilli un événement", unit: "count", value: (r) => r.events.epci },
  { label: "Participants déclarés", unit: "count", value: (r) => r.events.participants },
  { label: "Montant engagé dans l’année (INS’pir)", unit: "euros", value: (r) => r.budget.engagedInYear },
  { label: "Montant mandaté dans l’année (INS’pir)", unit: "euros", value: (r) => r.budget.paidInYear },
  { label: "Idées émergées des événements de l’année", unit: "count", value: (r) => r.ideas.funnel[0]?.count ?? 0 },
  { label: "Aides votées aux tiers-lieux du numérique", unit: "count", value: (r) => r.tiersLieux.dossiers }
];

/** The year's main measures next to the previous review's, with the difference, the relative change and the trend in words. */
export function comparisonRows(current: ReviewYear, previous: ReviewYear): ComparisonRow[] {
  return MEASURES.map(({ label, unit, value }) => {
    const [before, now] = [value(previous), value(current)];
    // Amounts in cents, so that 0.1 + 0.2 does not make a trend.
    const difference = unit === "euros" ? Math.round(now * 100 - before * 100) / 100 : now - before;
    return {
      label,
      unit,
      previous: before,
      current: now,
      difference,
      change: hasMeaningfulChange(unit, before) ? difference / before : null,
      trend: difference > 0 ? "en hausse" : difference < 0 ? "en baisse" : "stable"
    };
  });
}

/** A comparison row's value as shown (`23`, `12 500 €`). */
export function formatMeasure(row: Pick<ComparisonRow, "unit">, value: number): string {
  return row.unit === "euros" ? formatEuros(value) : formatInteger(value);
}

/** The difference a reader computes from the values as shown: amounts are shown to the euro, so their rounded values are subtracted. */
export function shownDifference(row: Pick<ComparisonRow, "unit" | "previous" | "current" | "difference">): number {
  return row.unit === "euros" ? Math.round(row.current) - Math.round(row.previous) : row.difference;
}

/** A comparison row's difference as shown, signed (`+22`, `−3 000 €`). */
export function formatDifference(row: Pick<ComparisonRow, "unit" | "previous" | "current" | "difference">): string {
  return row.unit === "euros" ? formatSignedEuros(shownDifference(row)) : formatSignedInteger(row.difference);
}

/** A comparison row's relative change as shown (`+25,0 %`), or both values (`23 contre 1`) on a small base. */
export function formatChange(row: Pick<ComparisonRow, "unit" | "change" | "previous" | "current">): string {
  return row.change === null ? `${formatMeasure(row, row.current)} contre ${formatMeasure(row, row.previous)}` : formatSignedPercent(row.change);
}

/**
 * The comparison with the previous review in French sentences: events and engaged amount up or down, in words and
 * figures. For the first year, says there is none; when years without decisions lie between, names the year compared.
 */
export function comparisonSentences(current: ReviewYear, previous: ReviewYear | null): string[] {
  const year = current.year;
  if (!previous) return [`${year} est la première année de décisions INS’pir dans les exports : il n’y a pas d’année précédente à laquelle la comparer.`];
  const rows = comparisonRows(current, previous);
  const [events, epci, , engaged] = rows as [ComparisonRow, ComparisonRow, ComparisonRow, ComparisonRow];
  const gap = previous.year + 1 === year - 1 ? `en ${year - 1}` : `de ${previous.year + 1} à ${year - 1}`;
  const since = previous.year === year - 1 ? `Par rapport à ${previous.year}` : `Par rapport à ${previous.year} (aucune décision INS’pir ${gap})`;
  const eventsPhrase =
    events.difference === 0
      ? `la Région a labellisé autant d’événements (${formatInteger(events.current)})`
      : `la Région a labellisé ${formatCount(Math.abs(events.difference), "événement", "événements")} de ${events.difference > 0 ? "plus" : "moins"} (${formatInteger(events.current)} contre ${formatInteger(events.previous)})`;
  const engagedDifference = shownDifference(engaged);
  const engagedPhrase =
    engagedDifference === 0
      ? `engagé le même montant (${formatEuros(engaged.current)})`
      : `engagé ${formatEuros(Math.abs(engagedDifference))} de ${engagedDifference > 0 ? "plus" : "moins"} (${formatEuros(engaged.current)} contre ${formatEuros(engaged.previous)})`;
  const epciSentence =
    epci.difference === 0
      ? `Les événements ont touché autant d’intercommunalités qu’en ${previous.year} (${formatInteger(epci.current)}).`
      : `Les événements ont touché ${formatCount(epci.current, "intercommunalité", "intercommunalités")}, contre ${formatInteger(epci.previous)} en ${previous.year} (${formatSignedInteger(epci.difference)}).`;
  return [`${since}, ${eventsPhrase} et ${engagedPhrase}.`, epciSentence];
}
