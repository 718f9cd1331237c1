import type { DepartementReviews } from "../../loaders/site/review-page.js";
import { DEPARTEMENT_NAMES } from "./departements.js";
import { formatCount, formatEuros, formatInteger } from "./format.js";

/** One paragraph per département for `year`: its events, the EPCI they reached out of its own, and what was engaged there. */
export function departementParagraphs(year: number, departements: readonly DepartementReviews[]): { code: string; name: string; text: string }[] {
  return departements.map(({ code, epciTotal, reviews }) => {
    const name = DEPARTEMENT_NAMES[code] ?? code;
    const review = reviews.find((r) => r.year === year);
    const events = review?.events.count ?? 0;
    const engaged = review?.budget.engagedInYear ?? 0;
    const tiersLieux = review?.tiersLieux.dossiers ?? 0;
    const first =
      events === 0
        ? `Aucun événement créatif n’a été labellisé en ${year} dans ce département ;`
        : `${formatCount(events, "événement créatif labellisé", "événements créatifs labellisés")} en ${year}, dans ${formatCount(review!.events.epci, "intercommunalité", "intercommunalités")} sur ${formatInteger(epciTotal)} ;`;
    const money = formatEuros(engaged) === formatEuros(0) ? "rien n’a été engagé sur INS’pir pour ses dossiers." : `${formatEuros(engaged)} engagés sur INS’pir pour ses dossiers.`;
    const tl = tiersLieux === 0 ? "" : ` ${formatCount(tiersLieux, "aide votée", "aides votées")} à un tiers-lieu du numérique.`;
    return { code, name, text: `${first} ${money}${tl}` };
  });
}
