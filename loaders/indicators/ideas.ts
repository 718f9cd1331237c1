import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../db/with-connection.js";
import { MATURED_STAGE, STAGES } from "../schemas/vocabulary.js";
import { share } from "./rounding.js";

export interface IdeaIndicators {
  /** For each stage in order, the ideas that reached it or a later one (abandoned included). */
  funnel: { stage: string; count: number }[];
  /** Ideas at Mûrie or later. */
  matured: number;
  abandoned: number;
  /** matured ÷ emerged ideas (share 0–1). */
  maturedShare: number;
}

/** The idea funnel over the kept suivi rows. */
export async function ideaIndicators(connection: DuckDBConnection): Promise<IdeaIndicators> {
  const funnel = await queryRows<{ stage: string; count: bigint }>(
    connection,
    `SELECT s.stage, count(i.id) AS count FROM stages s LEFT JOIN idees i ON i.etape_rank >= s.rank GROUP BY s.rank, s.stage ORDER BY s.rank`
  );
  const [totals] = await queryRows<{ abandoned: bigint }>(connection, `SELECT count(*) FILTER (WHERE abandonnee) AS abandoned FROM idees`);
  const counts = funnel.map((f) => ({ stage: f.stage, count: Number(f.count) }));
  const matured = counts[STAGES.indexOf(MATURED_STAGE)]?.count ?? 0;
  return { funnel: counts, matured, abandoned: Number(totals?.abandoned ?? 0n), maturedShare: share(matured, counts[0]?.count ?? 0) };
}
