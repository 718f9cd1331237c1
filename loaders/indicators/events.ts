import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../db/with-connection.js";
import { territoryReference } from "../territory/reference.js";
import type { Departement } from "../territory/versant.js";
import { roundTo } from "./rounding.js";

export interface EventIndicators {
  /** Counted events: creative events Labellisé, Voté or Soldé. */
  total: number;
  /** EPCI with at least one event, by count descending then SIREN; per100k = events per 100 000 inhabitants (2 decimals). */
  byEpci: { siren: string; name: string; count: number; per100k: number }[];
  /** The five départements, by code. */
  byDepartement: { code: string; name: string; count: number }[];
  byVersant: { versant: string; count: number }[];
  coverage: { epciWithEvent: number; epciTotal: number; share: number };
}


/** Counted events by EPCI, département and versant, and the EPCI coverage of Hauts-de-France. */
export async function eventIndicators(connection: DuckDBConnection): Promise<EventIndicators> {
  // Scanning counted_events computes every dossier's engaged amount: count it once per place, then group the counts.
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE counted_places AS SELECT epci_siren, departement, versant, count(*) AS n FROM counted_events GROUP BY ALL`
  );
  const byEpci = await queryRows<{ siren: string; name: string; count: bigint; population: number }>(
    connection,
    `SELECT e.siren, e.name, sum(c.n)::BIGINT AS count, e.population
     FROM counted_places c JOIN epci e ON e.siren = c.epci_siren
     GROUP BY e.siren, e.name, e.population ORDER BY count DESC, e.siren`
  );
  const byDepartement = await queryRows<{ code: string; count: bigint }>(
    connection,
    `SELECT d.code, coalesce(sum(c.n), 0)::BIGINT AS count FROM (VALUES ('02'), ('59'), ('60'), ('62'), ('80')) d(code)
     LEFT JOIN counted_places c ON c.departement = d.code GROUP BY d.code ORDER BY d.code`
  );
  const byVersant = await queryRows<{ versant: string; count: bigint }>(
    connection,
    `SELECT v.versant, coalesce(sum(c.n), 0)::BIGINT AS count FROM (VALUES ('Nord-Pas-de-Calais'), ('Picardie')) v(versant)
     LEFT JOIN counted_places c ON c.versant = v.versant GROUP BY v.versant ORDER BY v.versant`
  );
  await connection.run("DROP TABLE counted_places");
  const [{ epciTotal } = { epciTotal: 0n }] = await queryRows<{ epciTotal: bigint }>(connection, `SELECT count(*) AS "epciTotal" FROM epci`);
  const { departementNames } = territoryReference();
  const total = byDepartement.reduce((acc, d) => acc + Number(d.count), 0);
  return {
    total,
    byEpci: byEpci.map((e) => ({ siren: e.siren, name: e.name, count: Number(e.count), per100k: roundTo((Number(e.count) * 100_000) / e.population, 2) })),
    byDepartement: byDepartement.map((d) => ({ code: d.code, name: departementNames.get(d.code as Departement) ?? d.code, count: Number(d.count) })),
    byVersant: byVersant.map((v) => ({ versant: v.versant, count: Number(v.count) })),
    coverage: { epciWithEvent: byEpci.length, epciTotal: Number(epciTotal), share: Number(epciTotal) === 0 ? 0 : byEpci.length / Number(epciTotal) }
  };
}
