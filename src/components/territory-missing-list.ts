import type { EpciRow } from "../../loaders/site/territories-page.js";
import { departementLabel } from "./departements.js";
import { formatCount, formatInteger } from "./format.js";

/** The EPCI without event grouped by département (by code), each group keeping the order given (most populated first). */
export function groupByDepartement(epci: readonly EpciRow[]): { code: string; label: string; epci: EpciRow[] }[] {
  const codes = [...new Set(epci.map((e) => e.departement))].sort();
  return codes.map((code) => ({ code, label: departementLabel(code), epci: epci.filter((e) => e.departement === code) }));
}

/**
 * The EPCI with no counted event, as one card per département: a heading with how many, then the EPCI and
 * their population. `headingLevel` keeps the page's heading order (h3 under the section's h2).
 */
export function missingEpciCards(epci: readonly EpciRow[], { headingLevel = 3, document = globalThis.document }: { headingLevel?: number; document?: Document } = {}): HTMLElement {
  const grid = document.createElement("div");
  grid.className = "grid grid-cols-3 territory-missing";
  for (const group of groupByDepartement(epci)) {
    const card = grid.appendChild(document.createElement("div"));
    card.className = "card";
    const heading = card.appendChild(document.createElement(`h${headingLevel}`));
    heading.textContent = `${group.label} · ${formatCount(group.epci.length, "EPCI", "EPCI")}`;
    const list = card.appendChild(document.createElement("ul"));
    for (const e of group.epci) {
      const item = list.appendChild(document.createElement("li"));
      item.appendChild(document.createElement("span")).textContent = e.name;
      const population = item.appendChild(document.createElement("span"));
      population.className = "territory-missing-population";
      population.textContent = `${formatInteger(e.population)} hab.`;
    }
  }
  return grid;
}
