import type { ReviewYear } from "../../loaders/site/review-page.js";
import { formatCount, formatDate } from "./format.js";

/** Below this many counted events, a year's review is short and says why rather than printing a page of zeros. */
export const QUIET_YEAR_EVENTS = 5;

/** Whether the year had too little activity for the full set of charts and tables. */
export function isQuietYear(review: Pick<ReviewYear, "events">): boolean {
  return review.events.count < QUIET_YEAR_EVENTS;
}

/**
 * Why a quiet year's review is short, in one sentence: the programme's start when it is that year (`firstDecision`,
 * `YYYY-MM-DD`, the first INS'pir label or vote of the exports), otherwise how few events there were. Null for a full year.
 */
export function quietYearSentence(review: Pick<ReviewYear, "year" | "events">, firstDecision: string | null): string | null {
  if (!isQuietYear(review)) return null;
  const { year, events } = review;
  const what = events.count === 0 ? "aucun événement créatif n’a été labellisé" : `seulement ${formatCount(events.count, "événement créatif a été labellisé", "événements créatifs ont été labellisés")}`;
  if (firstDecision !== null && Number(firstDecision.slice(0, 4)) === year) {
    return `${year} est l’année de lancement du programme : la première décision INS’pir date du ${formatDate(firstDecision)}, et ${what} avant la fin de l’année. Ce bilan est donc court ; les bilans suivants décrivent l’activité d’une année pleine.`;
  }
  return `En ${year}, ${what} : ce bilan est donc court et ne présente que les chiffres de l’année qui ne sont pas nuls.`;
}
