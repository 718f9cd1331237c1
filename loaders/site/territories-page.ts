import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../db/with-connection.js";
import { roundTo } from "../indicators/rounding.js";
import { territoryReference } from "../territory/reference.js";
import type { Departement } from "../territory/versant.js";

/** An EPCI of the region with its counted events (all 92, with or without events). */
export interface EpciRow {
  siren: string;
  name: string;
  /** The département where most of its Hauts-de-France inhabitants live. */
  departement: string;
  versant: string;
  /** populationMunicipale of the whole EPCI (inhabitants). */
  population: number;
  events: number;
  /** Events per 100 000 inhabitants, 2 decimals. */
  per100k: number;
}

/** Counted events by EPCI and year, for the browser's filters. */
export interface EventCount {
  siren: string;
  /** Year of the event (Date de l'action, else of the vote, else of the deposit). */
  year: number;
  events: number;
}

export interface TerritoriesPage {
  epci: EpciRow[];
  /** Counted events by département (of the event's commune) and year, for the browser's filters. */
  departementCounts: { departement: string; year: number; events: number }[];
  departements: { code: string; name: string; versant: string; population: number; events: number; per100k: number }[];
  counts: EventCount[];
  years: number[];
}

/** The territories page's data: every EPCI and département with its counted events and population. */
export async function territoriesPage(connection: DuckDBConnection): Promise<TerritoriesPage> {
  const epci = await queryRows<EpciRow & { events: bigint }>(
    connection,
    `WITH main_dep AS (
       SELECT epci_siren, arg_max(departement, population) AS departement, arg_max(versant, population) AS versant
       FROM (SELECT epci_siren, departement, versant, sum(population) AS population FROM communes GROUP BY ALL) GROUP BY epci_siren)
     SELECT e.siren, e.name, m.departement, m.versant, e.population, count(c.id) AS events
     FROM epci e JOIN main_dep m ON m.epci_siren = e.siren LEFT JOIN counted_events c ON c.epci_siren = e.siren
     GROUP BY ALL ORDER BY events DESC, e.siren`
  );
  const departements = await queryRows<{ code: string; versant: string; population: number; events: bigint }>(
    connection,
    `SELECT p.departement AS code, p.versant, p.population, count(c.id) AS events
     FROM (SELECT departement, any_value(versant) AS versant, sum(population)::DOUBLE AS population FROM communes GROUP BY departement) p
     LEFT JOIN counted_events c ON c.departement = p.departement GROUP BY ALL ORDER BY code`
  );
  const counts = await queryRows<EventCount & { events: bigint }>(
    connection,
    `SELECT epci_siren AS siren, year(coalesce(date_action, date_vote, date_depot))::INTEGER AS year, count(*) AS events
     FROM counted_events GROUP BY ALL ORDER BY ALL`
  );
  const departementCounts = await queryRows<{ departement: string; year: number; events: bigint }>(
    connection,
    `SELECT departement, year(coalesce(date_action, date_vote, date_depot))::INTEGER AS year, count(*) AS events
     FROM counted_events GROUP BY ALL ORDER BY ALL`
  );
  const { departementNames } = territoryReference();
  return {
    epci: epci.map((e) => ({ ...e, events: Number(e.events), per100k: roundTo((Number(e.events) * 100_000) / e.population, 2) })),
    departements: departements.map((d) => ({ code: d.code, name: departementNames.get(d.code as Departement) ?? d.code, versant: d.versant, population: d.population, events: Number(d.events), per100k: roundTo((Number(d.events) * 100_000) / d.population, 2) })),
    departementCounts: departementCounts.map((c) => ({ departement: c.departement, year: Number(c.year), events: Number(c.events) })),
    counts: counts.map((c) => ({ siren: c.siren, year: Number(c.year), events: Number(c.events) })),
    years: [...new Set(counts.map((c) => c.year))].sort()
  };
}
