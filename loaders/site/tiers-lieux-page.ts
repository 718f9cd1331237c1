import type { DuckDBConnection } from "@duckdb/node-api";
import { EQUIPMENT_CAP, EQUIPMENT_MAX_RATE, TIERS_LIEU_MIN_FUNCTIONS, TIERS_LIEU_YEAR_CAPS } from "../alerts/caps.js";
import { queryRows } from "../db/with-connection.js";
import { cents } from "../indicators/rounding.js";
import { FONCTIONS, TIERS_LIEU, VOTED_STATUTS } from "../schemas/vocabulary.js";

/** Voted tiers-lieu aid of one EPCI in one plan year (€). */
export interface TiersLieuYear {
  siren: string;
  name: string;
  departement: string;
  /** Plan year 1–3, or null when the export leaves it empty. */
  annee: number | null;
  /** Voted dossiers in that EPCI and year (more than one breaks the one-aid rule). */
  dossiers: number;
  fonctionnement: number;
  investissement: number;
  coutTotal: number;
  /** Distinct functions offered across those dossiers. */
  fonctions: string[];
}

export interface TiersLieuxPage {
  years: TiersLieuYear[];
  schedule: { annee: number; cap: number }[];
  equipmentCap: number;
  /** Equipment at most this share (0–1) of the cost. */
  equipmentMaxRate: number;
  /** Functions a tiers-lieu must offer at least. */
  minFunctions: number;
  epciWithAid: number;
  epciTotal: number;
  /** Voted tiers-lieux by function offered. */
  functions: { fonction: string; dossiers: number }[];
  /** Tiers-lieu dossiers by status (voted or not). */
  statuses: { statut: string; dossiers: number }[];
}

/** The tiers-lieux page's data, by EPCI and plan year, over voted dossiers. */
export async function tiersLieuxPage(connection: DuckDBConnection): Promise<TiersLieuxPage> {
  const voted = `d.dispositif = $tiersLieu AND d.statut IN (${VOTED_STATUTS.map((s) => `'${s}'`).join(", ")})`;
  const years = await queryRows<Record<string, unknown>>(
    connection,
    `SELECT e.siren, e.name, any_value(d.departement) AS departement, d.annee, count(*) AS dossiers,
       round(sum(d.vote_fonctionnement), 2) AS fonctionnement, round(sum(d.vote_investissement), 2) AS investissement, round(sum(d.cout_total), 2) AS "coutTotal",
       list_sort(list_distinct(flatten(list(d.fonctions)))) AS fonctions
     FROM dossiers d JOIN epci e ON e.siren = d.epci_siren WHERE ${voted} GROUP BY e.siren, e.name, d.annee ORDER BY e.name, d.annee NULLS LAST`,
    { tiersLieu: TIERS_LIEU }
  );
  const functions = await queryRows<{ fonction: string; dossiers: bigint }>(
    connection,
    `SELECT f AS fonction, count(*) AS dossiers FROM (SELECT unnest(d.fonctions) AS f FROM dossiers d WHERE ${voted}) GROUP BY f`,
    { tiersLieu: TIERS_LIEU }
  );
  const statuses = await queryRows<{ statut: string; dossiers: bigint }>(
    connection,
    `SELECT statut, count(*) AS dossiers FROM dossiers WHERE dispositif = $tiersLieu GROUP BY statut ORDER BY dossiers DESC, statut`,
    { tiersLieu: TIERS_LIEU }
  );
  const [{ total = 0n } = {}] = await queryRows<{ total: bigint }>(connection, "SELECT count(*) AS total FROM epci");
  const rows: TiersLieuYear[] = years.map((r) => ({
    siren: String(r.siren),
    name: String(r.name),
    departement: String(r.departement),
    annee: r.annee === null ? null : Number(r.annee),
    dossiers: Number(r.dossiers),
    fonctionnement: cents(Number(r.fonctionnement)),
    investissement: cents(Number(r.investissement)),
    coutTotal: cents(Number(r.coutTotal)),
    fonctions: (r.fonctions as string[]) ?? []
  }));
  return {
    years: rows,
    schedule: ([1, 2, 3] as const).map((annee) => ({ annee, cap: TIERS_LIEU_YEAR_CAPS[annee] })),
    equipmentCap: EQUIPMENT_CAP,
    equipmentMaxRate: EQUIPMENT_MAX_RATE,
    minFunctions: TIERS_LIEU_MIN_FUNCTIONS,
    epciWithAid: new Set(rows.map((r) => r.siren)).size,
    epciTotal: Number(total),
    functions: FONCTIONS.map((fonction) => ({ fonction, dossiers: Number(functions.find((f) => f.fonction === fonction)?.dossiers ?? 0) })),
    statuses: statuses.map((s) => ({ statut: s.statut, dossiers: Number(s.dossiers) }))
  };
}
