import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../db/with-connection.js";
import { cents, share } from "./rounding.js";

/** One envelope line (section × versant) of the INS'pir budget, in €. */
export interface BudgetLine {
  section: string;
  versant: string;
  envelope: number;
  engaged: number;
  paid: number;
  /** engaged ÷ envelope (share 0–1; 0 when the envelope is 0). */
  engagedRate: number;
  /** paid ÷ envelope (share 0–1). */
  paidRate: number;
  /** envelope − engaged (€). */
  left: number;
}

/** Cumulative engaged (by date of vote) and paid (by date of payment) on INS'pir dossiers, at each date either changes (€). */
export interface BudgetPoint {
  date: string;
  engaged: number;
  paid: number;
}

export interface BudgetIndicators {
  lines: BudgetLine[];
  total: Omit<BudgetLine, "section" | "versant">;
  timeline: BudgetPoint[];
}

/** Engaged and paid on INS'pir dossiers against the envelope, per line sorted by versant then section, and in total. */
export async function budgetIndicators(connection: DuckDBConnection): Promise<BudgetIndicators> {
  const rows = await queryRows<{ section: string; versant: string; envelope: number; engaged: number; paid: number }>(
    connection,
    // One pass over each source, grouped by line, rather than a subquery per line and figure.
    `WITH lines AS (
       SELECT s.section, v.versant FROM (VALUES ('Fonctionnement'), ('Investissement')) s(section)
       CROSS JOIN (VALUES ('Nord-Pas-de-Calais'), ('Picardie')) v(versant)
     ), envelopes AS (
       SELECT section, versant, round(sum(montant), 2) AS envelope FROM enveloppes WHERE inspir GROUP BY section, versant
     ), moves AS (
       SELECT section, versant, round(sum(engaged), 2) AS engaged, round(sum(paid), 2) AS paid FROM engagements WHERE inspir GROUP BY section, versant
     )
     SELECT l.section, l.versant, coalesce(e.envelope, 0) AS envelope, coalesce(m.engaged, 0) AS engaged, coalesce(m.paid, 0) AS paid
     FROM lines l LEFT JOIN envelopes e USING (section, versant) LEFT JOIN moves m USING (section, versant)
     ORDER BY l.versant, l.section`
  );
  const lines = rows.map((r) => line(r.envelope, r.engaged, r.paid, { section: r.section, versant: r.versant }));
  const sum = (key: "envelope" | "engaged" | "paid") => rows.reduce((acc, r) => acc + r[key], 0);
  return { lines, total: line(sum("envelope"), sum("engaged"), sum("paid"), {}), timeline: await budgetTimeline(connection) };
}

async function budgetTimeline(connection: DuckDBConnection): Promise<BudgetPoint[]> {
  const rows = await queryRows<{ date: string; engaged: number; paid: number }>(
    connection,
    `WITH moves AS (
       SELECT date_vote AS day, round(sum(engaged), 2) AS engaged, 0 AS paid FROM engagements WHERE inspir AND date_vote IS NOT NULL GROUP BY ALL
       UNION ALL
       SELECT p.date_paiement, 0, round(sum(p.net_amount), 2) FROM paiements p JOIN dossiers d ON d.id = p.dossier_id WHERE d.inspir GROUP BY ALL
     ), days AS (SELECT day, round(sum(engaged), 2) AS engaged, round(sum(paid), 2) AS paid FROM moves GROUP BY day)
     SELECT strftime(day, '%Y-%m-%d') AS date,
       round(sum(engaged) OVER (ORDER BY day), 2) AS engaged,
       round(sum(paid) OVER (ORDER BY day), 2) AS paid
     FROM days ORDER BY day`
  );
  return rows.map((r) => ({ date: r.date, engaged: cents(r.engaged), paid: cents(r.paid) }));
}

function line<K extends object>(envelope: number, engaged: number, paid: number, keys: K) {
  return {
    ...keys,
    envelope: cents(envelope),
    engaged: cents(engaged),
    paid: cents(paid),
    engagedRate: share(engaged, envelope),
    paidRate: share(paid, envelope),
    left: cents(envelope - engaged)
  };
}
