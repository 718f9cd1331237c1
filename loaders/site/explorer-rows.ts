import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../db/with-connection.js";
import { DOSSIER_SHARD_COUNT, dossierShard } from "../../src/components/dossier-shard.js";
import { EXPLORER_PAGE_SIZE, type ExplorerIndex, type ExplorerRows } from "../../src/components/explorer-format.js";

interface DossierRow {
  id: string;
  dispositif: string;
  beneficiaire: string | null;
  commune: string;
  departement: string;
  epci: string | null;
  statut: string;
  depot: string;
  vote: string | null;
  actionYear: number;
  voteF: bigint;
  voteI: bigint;
  paidF: bigint;
  paidI: bigint;
  engaged: bigint;
  alerts: string[];
}

/** An empty piece of rows. */
function emptyRows(): ExplorerRows {
  return { id: [], dispositif: [], beneficiaire: [], commune: [], departement: [], epci: [], statut: [], depot: [], vote: [], actionYear: [], voteF: [], voteI: [], paidF: [], paidI: [], engaged: [], alerts: [] };
}

/**
 * Every kept dossier without personal data (number, dispositif, organisation, territory, status, dates, voted, paid
 * and engaged in cents, its alerts' rule codes), split into DOSSIER_SHARD_COUNT pieces by dossier number, each in
 * number order, and the first EXPLORER_PAGE_SIZE by number as a preview; dispositif, statut and EPCI are positions in
 * the index's lists.
 */
export async function explorerRows(connection: DuckDBConnection, index: Pick<ExplorerIndex, "dispositifs" | "statuts" | "epci">): Promise<{ shards: ExplorerRows[]; preview: ExplorerRows }> {
  const rows = await queryRows<DossierRow>(
    connection,
    `WITH e AS (
       SELECT dossier_id,
              sum(round(coalesce(voted, 0) * 100)) FILTER (section = 'Fonctionnement')::BIGINT AS voteF,
              sum(round(coalesce(voted, 0) * 100)) FILTER (section = 'Investissement')::BIGINT AS voteI,
              sum(round(paid * 100)) FILTER (section = 'Fonctionnement')::BIGINT AS paidF,
              sum(round(paid * 100)) FILTER (section = 'Investissement')::BIGINT AS paidI,
              sum(round(engaged * 100))::BIGINT AS engaged
       FROM engagements GROUP BY dossier_id),
     a AS (SELECT dossier_id, list(DISTINCT rule ORDER BY rule) AS alerts FROM alerts GROUP BY dossier_id)
     SELECT d.id, d.dispositif, d.beneficiaire, d.commune_name AS commune, d.departement, d.epci_siren AS epci, d.statut,
            strftime(d.date_depot, '%Y-%m-%d') AS depot, strftime(d.date_vote, '%Y-%m-%d') AS vote,
            year(coalesce(d.date_action, d.date_vote, d.date_depot))::INTEGER AS actionYear,
            e.voteF, e.voteI, e.paidF, e.paidI, e.engaged, coalesce(a.alerts, []::VARCHAR[]) AS alerts
     FROM dossiers d JOIN e ON e.dossier_id = d.id LEFT JOIN a ON a.dossier_id = d.id ORDER BY d.id`
  );
  const position = (list: readonly string[]) => new Map(list.map((v, i) => [v, i]));
  const dispositifs = position(index.dispositifs);
  const statuts = position(index.statuts);
  const epci = position(index.epci.map((e) => e.siren));
  const shards = Array.from({ length: DOSSIER_SHARD_COUNT }, emptyRows);
  const preview = emptyRows();
  rows.forEach((r, i) => {
    push(shards[dossierShard(r.id)]!, r);
    if (i < EXPLORER_PAGE_SIZE) push(preview, r);
  });
  return { shards, preview };

  function push(s: ExplorerRows, r: DossierRow): void {
    s.id.push(r.id);
    s.dispositif.push(dispositifs.get(r.dispositif) ?? -1);
    s.beneficiaire.push(r.beneficiaire);
    s.commune.push(r.commune);
    s.departement.push(r.departement);
    s.epci.push(r.epci === null ? -1 : (epci.get(r.epci) ?? -1));
    s.statut.push(statuts.get(r.statut) ?? -1);
    s.depot.push(r.depot);
    s.vote.push(r.vote);
    s.actionYear.push(r.actionYear);
    s.voteF.push(Number(r.voteF));
    s.voteI.push(Number(r.voteI));
    s.paidF.push(Number(r.paidF));
    s.paidI.push(Number(r.paidI));
    s.engaged.push(Number(r.engaged));
    s.alerts.push(r.alerts);
  }
}
