import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../db/with-connection.js";
import { cents } from "../indicators/rounding.js";

/** Counted events and their engaged amounts (€) by year and département, split by their politique de la ville flags. */
export interface QpvCell {
  year: number;
  departement: string;
  versant: string;
  events: number;
  inQpv: number;
  publicQpv: number;
  either: number;
  engaged: number;
  engagedInQpv: number;
  engagedPublicQpv: number;
  engagedEither: number;
}

/** The politique de la ville page's data; shares are computed in the browser over the years and départements kept. */
export async function politiqueVillePage(connection: DuckDBConnection): Promise<{ cells: QpvCell[] }> {
  const cells = await queryRows<Record<string, number | bigint | string>>(
    connection,
    `SELECT year(coalesce(date_action, date_vote, date_depot)) AS year, departement, versant,
       count(*) AS events, count(*) FILTER (WHERE qpv) AS "inQpv", count(*) FILTER (WHERE public_qpv) AS "publicQpv",
       count(*) FILTER (WHERE qpv OR public_qpv) AS either,
       coalesce(round(sum(engaged), 2), 0) AS engaged,
       coalesce(round(sum(engaged) FILTER (WHERE qpv), 2), 0) AS "engagedInQpv",
       coalesce(round(sum(engaged) FILTER (WHERE public_qpv), 2), 0) AS "engagedPublicQpv",
       coalesce(round(sum(engaged) FILTER (WHERE qpv OR public_qpv), 2), 0) AS "engagedEither"
     FROM counted_events GROUP BY ALL ORDER BY ALL`
  );
  return {
    cells: cells.map((c) => ({
      year: Number(c.year),
      departement: String(c.departement),
      versant: String(c.versant),
      events: Number(c.events),
      inQpv: Number(c.inQpv),
      publicQpv: Number(c.publicQpv),
      either: Number(c.either),
      engaged: cents(Number(c.engaged)),
      engagedInQpv: cents(Number(c.engagedInQpv)),
      engagedPublicQpv: cents(Number(c.engagedPublicQpv)),
      engagedEither: cents(Number(c.engagedEither))
    }))
  };
}
