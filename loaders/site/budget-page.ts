import type { DuckDBConnection } from "@duckdb/node-api";
import { SITE_LIST_LIMIT } from "./list-limit.js";
import { ALERT_RULES } from "../alerts/rules.js";
import { queryRows } from "../db/with-connection.js";
import type { BudgetIndicators } from "../indicators/budget.js";
import { cents } from "../indicators/rounding.js";
import type { EnvelopeLine } from "./envelope-composition.js";

/** Engaged and paid of INS'pir dossiers by dispositif, year of vote, versant and section (€). */
export interface BudgetSplit {
  dispositif: string;
  /** Year of the vote; null for dossiers never voted (paid without a vote). */
  year: number | null;
  versant: string;
  section: string;
  dossiers: number;
  engaged: number;
  paid: number;
}

/** Monthly engaged (by date of vote) and paid (by date of payment) movements of INS'pir dossiers, per versant and section (€). */
export interface BudgetMonth {
  month: string;
  versant: string;
  section: string;
  engaged: number;
  paid: number;
}

/** An alert as the directors' table shows it. */
export interface AlertRow {
  dossier: string;
  beneficiaire: string | null;
  dispositif: string;
  commune: string;
  versant: string;
  statut: string;
  rule: string;
  section: string | null;
  amount: number | null;
  limit: number | null;
  message: string;
}


export interface BudgetPage {
  lines: BudgetIndicators["lines"];
  total: BudgetIndicators["total"];
  pipeline: BudgetIndicators["pipeline"];
  forecast: BudgetIndicators["forecast"];
  /** Cumulative engaged and paid against the envelope as it stood, at each date one of them changes. */
  timeline: BudgetIndicators["timeline"];
  envelope: EnvelopeLine[];
  months: BudgetMonth[];
  splits: BudgetSplit[];
  rules: { code: string; label: string }[];
  /** The first SITE_LIST_LIMIT alerts by dossier, and how many there are in all. */
  alerts: AlertRow[];
  alertCount: number;
  alertCountByRule: { rule: string; alerts: number; dossiers: number }[];
}

/** The budget page's data: envelope lines, monthly movements, splits, and every alert with its dossier's organisation. */
export async function budgetPage(connection: DuckDBConnection, budget: BudgetIndicators, envelope: EnvelopeLine[]): Promise<BudgetPage> {
  const months = await queryRows<BudgetMonth>(
    connection,
    `WITH moves AS (
       SELECT strftime(date_vote, '%Y-%m') AS month, versant, section, round(sum(engaged), 2) AS engaged, 0 AS paid
       FROM engagements WHERE inspir AND date_vote IS NOT NULL AND engaged <> 0 GROUP BY ALL
       UNION ALL
       SELECT strftime(p.date_paiement, '%Y-%m'), d.versant, p.section, 0, round(sum(p.net_amount), 2)
       FROM paiements p JOIN dossiers d ON d.id = p.dossier_id WHERE d.inspir GROUP BY ALL)
     SELECT month, versant, section, round(sum(engaged), 2) AS engaged, round(sum(paid), 2) AS paid FROM moves GROUP BY ALL ORDER BY ALL`
  );
  const splits = await queryRows<BudgetSplit & { dossiers: bigint }>(
    connection,
    `SELECT dispositif, year(date_vote)::INTEGER AS year, versant, section, count(DISTINCT dossier_id) AS dossiers, round(sum(engaged), 2) AS engaged, round(sum(paid), 2) AS paid
     FROM engagements WHERE inspir AND (engaged <> 0 OR paid <> 0) GROUP BY ALL ORDER BY ALL`
  );
  const alerts = await queryRows<AlertRow>(
    connection,
    `SELECT a.dossier_id AS dossier, d.beneficiaire, d.dispositif, d.commune_name AS commune, d.versant, d.statut,
            a.rule, a.section, a.amount, a.limit_amount AS "limit", a.message
     FROM alerts a JOIN dossiers d ON d.id = a.dossier_id ORDER BY a.dossier_id, a.rule, a.section NULLS FIRST LIMIT $limit`,
    { limit: SITE_LIST_LIMIT }
  );
  const byRule = await queryRows<{ rule: string; alerts: bigint; dossiers: bigint }>(
    connection,
    `SELECT rule, count(*) AS alerts, count(DISTINCT dossier_id) AS dossiers FROM alerts GROUP BY rule`
  );
  return {
    lines: budget.lines,
    total: budget.total,
    pipeline: budget.pipeline,
    forecast: budget.forecast,
    timeline: budget.timeline,
    envelope,
    months: months.map((m) => ({ ...m, engaged: cents(m.engaged), paid: cents(m.paid) })),
    splits: splits.map((s) => ({ ...s, dossiers: Number(s.dossiers), engaged: cents(s.engaged), paid: cents(s.paid) })),
    rules: ALERT_RULES.map(({ code, label }) => ({ code, label })),
    alerts: alerts.map((a) => ({ ...a, amount: a.amount === null ? null : cents(a.amount), limit: a.limit === null ? null : cents(a.limit) })),
    alertCount: byRule.reduce((n, r) => n + Number(r.alerts), 0),
    alertCountByRule: ALERT_RULES.map(({ code }) => byRule.find((r) => r.rule === code)).flatMap((r) => (r ? [{ rule: r.rule, alerts: Number(r.alerts), dossiers: Number(r.dossiers) }] : []))
  };
}
