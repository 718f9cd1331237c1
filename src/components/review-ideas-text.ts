import type { ReviewIdeas } from "../../loaders/site/review-page.js";
import { formatCount, formatInteger, formatPercent } from "./format.js";
import { verbFor } from "./review-french.js";

/** The ideas born at the year's events in one French sentence: emerged, matured (with their share), activities created, abandoned. */
export function ideasSentence(year: number, ideas: ReviewIdeas): string {
  const emerged = ideas.funnel[0]?.count ?? 0;
  if (emerged === 0) return `Aucune idée issue des événements labellisés en ${year} n’est enregistrée dans le suivi.`;
  const created = ideas.funnel[ideas.funnel.length - 1]?.count ?? 0;
  const source = ideas.events === 1 ? `L’événement labellisé en ${year} dont les idées sont suivies a fait émerger` : `Les événements labellisés en ${year} ont fait émerger`;
  const matured =
    ideas.matured === 0
      ? "aucune n’a encore mûri"
      : `${formatInteger(ideas.matured)} ${verbFor(ideas.matured, "a", "ont")} mûri ou ${verbFor(ideas.matured, "est allée", "sont allées")} plus loin (${formatPercent(ideas.maturedShare)})`;
  const activities = created === 0 ? "" : `, dont ${formatInteger(created)} ${verbFor(created, "a", "ont")} abouti à la création d’une activité`;
  const abandoned = ideas.abandoned === 0 ? "aucune n’a été abandonnée" : `${formatInteger(ideas.abandoned)} ${verbFor(ideas.abandoned, "a été abandonnée", "ont été abandonnées")}`;
  return `${source} ${formatCount(emerged, "idée", "idées")} : ${matured}${activities} ; ${abandoned}.`;
}
