import type { ReviewQpv } from "../../loaders/site/review-page.js";
import { formatCount, formatInteger, formatPercent } from "./format.js";
import { verbFor } from "./review-french.js";

/** The politique de la ville share of the year's counted events in French sentences, by count and by engaged amount (€). */
export function qpvSentences(year: number, qpv: ReviewQpv): string[] {
  if (qpv.events === 0) return [`Aucun événement n’ayant été labellisé en ${year}, il n’y a pas de part politique de la ville à mesurer.`];
  if (qpv.eventsQpvOrPublic === 0) {
    return [
      qpv.events === 1
        ? `L’événement labellisé en ${year} n’a pas eu lieu dans un quartier prioritaire de la politique de la ville (QPV) et n’a pas déclaré de public issu de ces quartiers.`
        : `Aucun des ${formatInteger(qpv.events)} événements labellisés en ${year} n’a eu lieu dans un quartier prioritaire de la politique de la ville (QPV) ni déclaré de public issu de ces quartiers.`
    ];
  }
  const n = qpv.eventsQpvOrPublic;
  const sentences = [
    `${formatCount(n, "événement", "événements")} sur ${formatInteger(qpv.events)} (${formatPercent(qpv.shareCount)}) ${verbFor(n, "a eu lieu", "ont eu lieu")} dans un quartier prioritaire de la politique de la ville (QPV) ou ${verbFor(n, "a accueilli", "ont accueilli")} un public issu de ces quartiers : ${formatInteger(qpv.eventsInQpv)} en QPV, ${formatInteger(qpv.eventsPublicQpv)} avec un public QPV.`
  ];
  if (qpv.engaged > 0) sentences.push(`${n === 1 ? "Il représente" : "Ils représentent"} ${formatPercent(qpv.shareAmount)} du montant engagé sur les événements de l’année.`);
  return sentences;
}
