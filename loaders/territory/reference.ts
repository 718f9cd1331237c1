import { createRequire } from "node:module";
import { type Departement, type Versant, isDepartement, versantOf } from "./versant.js";

/** INSEE code of the Hauts-de-France region in the reference package. */
export const REGION_CODE = "32";

/** A current commune of Hauts-de-France, with the territories it belongs to. */
export interface Commune {
  code: string;
  name: string;
  departement: Departement;
  versant: Versant;
  epciSiren: string;
  /** Population municipale (inhabitants). */
  population: number;
}

/** An EPCI with at least one member commune in Hauts-de-France. */
export interface Epci {
  siren: string;
  name: string;
  /** populationMunicipale of the whole EPCI, members outside the region included (inhabitants). */
  population: number;
}

/** What a commune code given in an export resolves to. */
export type CommuneResolution =
  | { ok: true; commune: Commune; /** true when the code was a délégué or associé commune's */ formerCode: boolean }
  | { ok: false; reason: "unknown" | "outside-region" };

export interface TerritoryReference {
  /** Current communes of the region, by INSEE code. */
  communes: ReadonlyMap<string, Commune>;
  /** The five départements' names, by code. */
  departementNames: ReadonlyMap<Departement, string>;
  /** The EPCI of the region, by SIREN, sorted by SIREN. */
  epci: ReadonlyMap<string, Epci>;
  /** Maps a 5-character INSEE code (current, délégué or associé) to its current commune. */
  resolve(code: string): CommuneResolution;
}

interface RawCommune {
  code: string;
  nom: string;
  type: string;
  region?: string;
  departement?: string;
  chefLieu?: string;
  population?: number;
}
interface RawEpci {
  code: string;
  nom: string;
  populationMunicipale: number;
  membres: { code: string }[];
}

let cached: TerritoryReference | undefined;

/** The official territorial reference (@etalab/decoupage-administratif 6.0.0), restricted to Hauts-de-France; loaded once. */
export function territoryReference(): TerritoryReference {
  cached ??= buildReference();
  return cached;
}

function buildReference(): TerritoryReference {
  const require = createRequire(import.meta.url);
  const rawCommunes = require("@etalab/decoupage-administratif/data/communes.json") as RawCommune[];
  const rawEpci = require("@etalab/decoupage-administratif/data/epci.json") as RawEpci[];
  const rawDepartements = require("@etalab/decoupage-administratif/data/departements.json") as { code: string; nom: string }[];
  const departementNames = new Map(rawDepartements.flatMap((d) => (isDepartement(d.code) ? [[d.code, d.nom] as const] : [])));

  const epciOfCommune = new Map<string, RawEpci>();
  for (const e of rawEpci) for (const m of e.membres) epciOfCommune.set(m.code, e);

  const communes = new Map<string, Commune>();
  const currentElsewhere = new Set<string>();
  const epci = new Map<string, Epci>();
  for (const c of rawCommunes) {
    if (c.type !== "commune-actuelle") continue;
    if (c.region !== REGION_CODE || !c.departement || !isDepartement(c.departement)) {
      currentElsewhere.add(c.code);
      continue;
    }
    const e = epciOfCommune.get(c.code);
    if (!e) throw new Error(`reference: commune ${c.code} belongs to no EPCI`);
    communes.set(c.code, {
      code: c.code,
      name: c.nom,
      departement: c.departement,
      versant: versantOf(c.departement),
      epciSiren: e.code,
      population: c.population ?? 0
    });
    if (!epci.has(e.code)) epci.set(e.code, { siren: e.code, name: e.nom, population: e.populationMunicipale });
  }

  // Délégué and associé codes point to their current commune (chefLieu), which may sit in another département.
  const former = new Map<string, string>();
  for (const c of rawCommunes) {
    if ((c.type === "commune-deleguee" || c.type === "commune-associee") && c.chefLieu && !former.has(c.code)) {
      former.set(c.code, c.chefLieu);
    }
  }

  const sortedEpci = new Map([...epci].sort(([a], [b]) => a.localeCompare(b)));
  return {
    communes,
    departementNames,
    epci: sortedEpci,
    resolve(code) {
      const current = communes.get(code);
      if (current) return { ok: true, commune: current, formerCode: false };
      if (currentElsewhere.has(code)) return { ok: false, reason: "outside-region" };
      const chefLieu = former.get(code);
      if (chefLieu === undefined) return { ok: false, reason: "unknown" };
      const target = communes.get(chefLieu);
      return target ? { ok: true, commune: target, formerCode: true } : { ok: false, reason: "outside-region" };
    }
  };
}
