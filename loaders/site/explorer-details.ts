import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../db/with-connection.js";
import { DETAIL_SHARD_COUNT, dossierShard } from "../../src/components/dossier-shard.js";
import type { ExplorerDetail, ExplorerDetails } from "../../src/components/explorer-format.js";

/**
 * What the explorer's detail panel shows of each kept dossier (its title, payments, ideas for an event, marker
 * scores for an AMI project, alerts; amounts in cents, no personal data), split into DETAIL_SHARD_COUNT pieces by
 * dossier number. Empty lists are left out of a dossier's detail to keep the pieces small.
 */
export async function explorerDetails(connection: DuckDBConnection): Promise<ExplorerDetails[]> {
  const shards: ExplorerDetails[] = Array.from({ length: DETAIL_SHARD_COUNT }, () => ({}));
  const details = new Map<string, Partial<ExplorerDetail>>();
  for (const d of await queryRows<{ id: string; intitule: string | null }>(connection, "SELECT id, intitule FROM dossiers ORDER BY id")) {
    const detail: Partial<ExplorerDetail> = { intitule: d.intitule };
    details.set(d.id, detail);
    shards[dossierShard(d.id, DETAIL_SHARD_COUNT)]![d.id] = detail as ExplorerDetail;
  }
  const add = <K extends "payments" | "ideas" | "markers" | "alerts">(id: string, key: K, item: ExplorerDetail[K][number]) => {
    const detail = details.get(id);
    if (!detail) return;
    ((detail[key] ??= []) as ExplorerDetail[K][number][]).push(item);
  };
  const payments = await queryRows<{ id: string; day: string; mandat: string; section: string; type: string; amount: bigint }>(
    connection,
    `SELECT dossier_id AS id, strftime(date_paiement, '%Y-%m-%d') AS day, mandat, section, type, round(net_amount * 100)::BIGINT AS amount
     FROM paiements ORDER BY dossier_id, date_paiement, line`
  );
  for (const p of payments) add(p.id, "payments", [p.day, p.mandat, p.section, p.type, Number(p.amount)]);
  const ideas = await queryRows<{ event: string; id: string; titre: string | null; etape: string; rank: number; abandonnee: boolean | null }>(
    connection,
    "SELECT dossier_evenement AS event, id, titre, etape, etape_rank AS rank, abandonnee FROM idees ORDER BY dossier_evenement, line"
  );
  for (const i of ideas) add(i.event, "ideas", [i.id, i.titre, i.etape, i.rank, i.abandonnee === true]);
  const markers = await queryRows<{ id: string; rank: number; marker: string; score: number; day: string | null }>(
    connection,
    `SELECT dossier_id AS id, marker_rank AS rank, marker, score, strftime(date_comite, '%Y-%m-%d') AS day
     FROM marqueurs ORDER BY dossier_id, line, marker_rank`
  );
  for (const m of markers) add(m.id, "markers", [m.rank, m.marker, m.score, m.day]);
  const alerts = await queryRows<{ id: string; rule: string; section: string | null; amount: bigint | null; limit: bigint | null; message: string }>(
    connection,
    `SELECT dossier_id AS id, rule, section, round(amount * 100)::BIGINT AS amount, round(limit_amount * 100)::BIGINT AS "limit", message
     FROM alerts ORDER BY dossier_id, rule, section NULLS FIRST`
  );
  for (const a of alerts) add(a.id, "alerts", [a.rule, a.section, a.amount === null ? null : Number(a.amount), a.limit === null ? null : Number(a.limit), a.message]);
  return shards;
}
