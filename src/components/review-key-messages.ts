import type { DepartementReviews, ReviewYear } from "../../loaders/site/review-page.js";
import { DEPARTEMENT_NAMES } from "./departements.js";
import { formatCount, formatEuros, formatInteger, formatPercent } from "./format.js";
import { verbFor } from "./review-french.js";

/**
 * Three to five messages for the cover, each from the year's figures: events and EPCI, the envelope at year end,
 * the leading département (region only), the change since the previous review, the ideas that matured; `departement` when the
 * figures are one département's dossiers (the envelope and what is left of it stay the Région's).
 */
export function keyMessages(
  review: ReviewYear,
  previous: ReviewYear | null,
  epciTotal: number,
  departements: readonly DepartementReviews[] = [],
  departement = false
): string[] {
  const { year, events, budget, ideas } = review;
  const left = budget.left < 0 ? `dépassement de ${formatEuros(-budget.left)}` : `reste ${formatEuros(budget.left)}`;
  const messages = [
    events.count === 0
      ? `Aucun événement créatif labellisé en ${year}.`
      : `${formatCount(events.count, "événement créatif labellisé", "événements créatifs labellisés")} en ${year}, dans ${formatCount(events.epci, "intercommunalité", "intercommunalités")} sur ${formatInteger(epciTotal)}.`,
    departement
      ? `${formatEuros(budget.engagedToDate)} engagés fin ${year} pour les dossiers du département, ${formatPercent(budget.engagedRate)} de l’enveloppe régionale de ${formatEuros(budget.envelope)} ; ${left} pour toute la Région.`
      : `${formatEuros(budget.engagedToDate)} engagés fin ${year} sur une enveloppe de ${formatEuros(budget.envelope)} (${formatPercent(budget.engagedRate)}) ; ${left}.`
  ];
  const leading = departements
    .map((d) => ({ code: d.code, count: d.reviews.find((r) => r.year === year)?.events.count ?? 0 }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code))[0];
  if (leading && leading.count > 0 && events.count > 0) {
    messages.push(`${DEPARTEMENT_NAMES[leading.code] ?? leading.code} en tête : ${formatCount(leading.count, "événement", "événements")} sur ${formatInteger(events.count)}.`);
  }
  if (previous) {
    const difference = events.count - previous.events.count;
    messages.push(
      difference === 0
        ? `Autant d’événements qu’en ${previous.year} (${formatInteger(events.count)}).`
        : `${formatCount(Math.abs(difference), "événement", "événements")} de ${difference > 0 ? "plus" : "moins"} qu’en ${previous.year} (${formatInteger(events.count)} contre ${formatInteger(previous.events.count)}).`
    );
  }
  if (ideas.matured > 0) {
    messages.push(`${formatCount(ideas.matured, "idée issue", "idées issues")} des événements de ${year} ${verbFor(ideas.matured, "a", "ont")} mûri.`);
  }
  return messages.slice(0, 5);
}
