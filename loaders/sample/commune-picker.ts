import { createRequire } from "node:module";
import { type Commune, type TerritoryReference, territoryReference } from "../territory/index.js";
import type { Rng } from "./prng.js";

/** Draws real communes of Hauts-de-France, weighted by population. */
export interface CommunePicker {
  /** A commune of the region, with probability proportional to its population. */
  pick(rng: Rng): Commune;
  /** A commune of one EPCI, proportionally to population (a tiers-lieu sits in its EPCI). */
  inEpci(rng: Rng, siren: string): Commune;
  /** The EPCI of the region, sorted by SIREN. */
  epciSirens: readonly string[];
  /** Former (délégué or associé) codes that resolve to a current commune of the region, sorted. */
  formerCodes: readonly FormerCode[];
}

/** A délégué or associé commune code and the current commune it now belongs to. */
export interface FormerCode {
  code: string;
  commune: Commune;
}

interface RawCommune {
  code: string;
  type: string;
  chefLieu?: string;
}

/** Cumulative weights, so a draw is one binary search. */
function weightedTable(communes: readonly Commune[]): { communes: readonly Commune[]; cumulative: number[]; total: number } {
  const cumulative: number[] = [];
  let total = 0;
  for (const c of communes) {
    total += c.population;
    cumulative.push(total);
  }
  return { communes, cumulative, total };
}

function draw(rng: Rng, table: ReturnType<typeof weightedTable>): Commune {
  const target = rng.next() * table.total;
  let lo = 0;
  let hi = table.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((table.cumulative[mid] ?? 0) > target) hi = mid;
    else lo = mid + 1;
  }
  const commune = table.communes[lo];
  if (!commune) throw new Error("commune picker: empty table");
  return commune;
}

/** Délégué/associé codes that differ from every current code and resolve inside the region. */
function formerCodesOf(reference: TerritoryReference): FormerCode[] {
  const require = createRequire(import.meta.url);
  const raw = require("@etalab/decoupage-administratif/data/communes.json") as RawCommune[];
  const codes = new Set<string>();
  for (const c of raw) {
    if ((c.type === "commune-deleguee" || c.type === "commune-associee") && c.chefLieu && c.chefLieu !== c.code) codes.add(c.code);
  }
  const result: FormerCode[] = [];
  for (const code of [...codes].sort()) {
    const resolution = reference.resolve(code);
    if (resolution.ok && resolution.formerCode) result.push({ code, commune: resolution.commune });
  }
  return result;
}

/** Builds the picker over the territorial reference (communes sorted by code, so draws never depend on file order). */
export function communePicker(reference: TerritoryReference = territoryReference()): CommunePicker {
  const communes = [...reference.communes.values()].sort((a, b) => a.code.localeCompare(b.code));
  const all = weightedTable(communes);
  const byEpci = new Map<string, Commune[]>();
  for (const c of communes) {
    const list = byEpci.get(c.epciSiren) ?? [];
    list.push(c);
    byEpci.set(c.epciSiren, list);
  }
  const epciTables = new Map([...byEpci].map(([siren, list]) => [siren, weightedTable(list)]));
  return {
    pick: (rng) => draw(rng, all),
    inEpci(rng, siren) {
      const table = epciTables.get(siren);
      if (!table) throw new Error(`commune picker: no commune in EPCI ${siren}`);
      return draw(rng, table);
    },
    epciSirens: [...reference.epci.keys()].sort(),
    formerCodes: formerCodesOf(reference)
  };
}

/** The code of the Aisne commune as Excel leaves it after dropping the leading zero (`02691` → `2691`). */
export function withoutLeadingZero(code: string): string {
  return code.startsWith("0") ? code.slice(1) : code;
}
