import type { ReviewTiersLieux } from "../../loaders/site/review-page.js";
import { formatCount, formatEuros, formatInteger } from "./format.js";
import { verbFor } from "./review-french.js";

/** Which of the aids start a tiers-lieu's plan, as a clause; empty when none does. */
function firstYearClause(tiersLieux: ReviewTiersLieux): string {
  if (tiersLieux.firstYear === 0) return "";
  if (tiersLieux.firstYear === tiersLieux.dossiers) return tiersLieux.dossiers === 1 ? ", pour sa première année" : ", toutes pour une première année";
  return `, dont ${formatInteger(tiersLieux.firstYear)} pour une première année`;
}

/** The tiers-lieux du numérique aids voted in the year in French sentences (amounts voted, €), and the EPCI with an aided tiers-lieu at year end out of `epciTotal`. */
export function tiersLieuxSentences(year: number, tiersLieux: ReviewTiersLieux, epciTotal: number): string[] {
  const sentences: string[] = [];
  if (tiersLieux.dossiers === 0) {
    sentences.push(`Aucune aide à un tiers-lieu du numérique n’a été votée en ${year}.`);
  } else {
    const aids = tiersLieux.dossiers === 1 ? "1\u00a0aide à un tiers-lieu du numérique" : `${formatInteger(tiersLieux.dossiers)}\u00a0aides à des tiers-lieux du numérique`;
    const total = formatEuros(tiersLieux.fonctionnement + tiersLieux.investissement);
    sentences.push(
      `En ${year}, la Région a voté ${aids} dans ${formatCount(tiersLieux.epci, "intercommunalité", "intercommunalités")}${firstYearClause(tiersLieux)}, pour ${total} (${formatEuros(tiersLieux.fonctionnement)} en fonctionnement, ${formatEuros(tiersLieux.investissement)} en investissement).`
    );
  }
  if (tiersLieux.epciToDate > 0) {
    sentences.push(`Fin ${year}, ${formatCount(tiersLieux.epciToDate, "intercommunalité", "intercommunalités")} sur ${formatInteger(epciTotal)} ${verbFor(tiersLieux.epciToDate, "avait", "avaient")} un tiers-lieu aidé.`);
  }
  return sentences;
}
