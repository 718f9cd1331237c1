import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../db/with-connection.js";
import { type Forecast, forecast } from "./forecast.js";
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

/** Cumulative engaged (by date of vote) and paid (by date of payment) on INS'pir dossiers, and the envelope as it stood, at each date one of them changes (€). */
export interface BudgetPoint {
  date: string;
  engaged: number;
  paid: number;
  envelope: number;
}

/** Pending INS'pir applications (`Déposé`, `En instruction`): how many, and their requested amount (€). */
export interface Pipeline {
  count: number;
  requested: number;
}

export interface BudgetIndicators {
  lines: BudgetLine[];
  total: Omit<BudgetLine, "section" | "versant">;
  /** In total, and per versant (a request carries no section). */
  pipeline: Pipeline & { byVersant: (Pipeline & { versant: string })[] };
  forecast: Forecast;
  timeline: BudgetPoint[];
}

/**
 * Engaged and paid on INS'pir dossiers against the envelope as it stood at `exportDate` (`AAAA-MM-JJ`), per line
 * sorted by versant then section, and in total; the pending applications and the forecast.
 */
export async function budgetIndicators(connection: DuckDBConnection, exportDate: string | null): Promise<BudgetIndicators> {
  const rows = await budgetLineRows(connection, exportDate);
  const lines = rows.map((r) => line(r.envelope, r.engaged, r.paid, { section: r.section, versant: r.versant }));
  const sum = (key: "envelope" | "engaged" | "paid") => rows.reduce((acc, r) => acc + r[key], 0);
  const total = line(sum("envelope"), sum("engaged"), sum("paid"), {});
  return {
    lines,
    total,
    pipeline: await pipeline(connection),
    forecast: forecast(total.envelope, total.engaged, await paceWindowEngaged(connection, exportDate), exportDate),
    timeline: await budgetTimeline(connection)
  };
}

/** Envelope (at `day`, or every line when null), engaged and paid of each INS'pir budget line, sorted by versant then section (€, unrounded sums of rounded lines). */
export async function budgetLineRows(connection: DuckDBConnection, day: string | null): Promise<{ section: string; versant: string; envelope: number; engaged: number; paid: number }[]> {
  return queryRows<{ section: string; versant: string; envelope: number; engaged: number; paid: number }>(
    connection,
    // One pass over each source, grouped by line, rather than a subquery per line and figure.
    `WITH lines AS (
       SELECT s.section, v.versant FROM (VALUES ('Fonctionnement'), ('Investissement')) s(section)
       CROSS JOIN (VALUES ('Nord-Pas-de-Calais'), ('Picardie')) v(versant)
     ), envelopes AS (
       SELECT section, versant, round(sum(montant), 2) AS envelope FROM enveloppes
       WHERE inspir AND (date IS NULL OR $day::DATE IS NULL OR date <= $day::DATE) GROUP BY section, versant
     ), moves AS (
       SELECT section, versant, round(sum(engaged), 2) AS engaged, round(sum(paid), 2) AS paid FROM engagements WHERE inspir GROUP BY section, versant
     )
     SELECT l.section, l.versant, coalesce(e.envelope, 0) AS envelope, coalesce(m.engaged, 0) AS engaged, coalesce(m.paid, 0) AS paid
     FROM lines l LEFT JOIN envelopes e USING (section, versant) LEFT JOIN moves m USING (section, versant)
     ORDER BY l.versant, l.section`,
    { day }
  );
}

async function pipeline(connection: DuckDBConnection): Promise<BudgetIndicators["pipeline"]> {
  const rows = await queryRows<{ versant: string; count: bigint; requested: number }>(
    connection,
    `SELECT v.versant, count(d.id)::BIGINT AS count, coalesce(round(sum(d.montant_demande), 2), 0) AS requested
     FROM (VALUES ('Nord-Pas-de-Calais'), ('Picardie')) v(versant)
     LEFT JOIN dossiers d ON d.versant = v.versant AND d.inspir AND d.statut IN ('Déposé', 'En instruction')
     GROUP BY v.versant ORDER BY v.versant`
  );
  const byVersant = rows.map((r) => ({ versant: r.versant, count: Number(r.count), requested: cents(r.requested) }));
  return { count: byVersant.reduce((a, r) => a + r.count, 0), requested: cents(byVersant.reduce((a, r) => a + r.requested, 0)), byVersant };
}

/** Engaged amount (€) of the INS'pir dossiers voted in the 365 days ending on the export date, both ends included. */
async function paceWindowEngaged(connection: DuckDBConnection, exportDate: string | null): Promise<number> {
  if (exportDate === null) return 0;
  const [row] = await queryRows<{ engaged: number | null }>(
    connection,
    `SELECT round(sum(engaged), 2) AS engaged FROM engagements
     WHERE inspir AND date_vote BETWEEN $day::DATE - INTERVAL 364 DAY AND $day::DATE`,
    { day: exportDate }
  );
  return cents(row?.engaged ?? 0);
}

async function budgetTimeline(connection: DuckDBConnection): Promise<BudgetPoint[]> {
  const rows = await queryRows<{ date: string; engaged: number; paid: number; envelope: number }>(
    connection,
    // A dated envelope line is a move too, so that the envelope steps up on its day.
    `WITH moves AS (
       SELECT date_vote AS day, round(sum(engaged), 2) AS engaged, 0 AS paid, 0 AS envelope FROM engagements WHERE inspir AND date_vote IS NOT NULL GROUP BY ALL
       UNION ALL
       SELECT p.date_paiement, 0, round(sum(p.net_amount), 2), 0 FROM paiements p JOIN dossiers d ON d.id = p.dossier_id WHERE d.inspir GROUP BY ALL
       UNION ALL
       SELECT date, 0, 0, round(sum(montant), 2) FROM enveloppes WHERE inspir AND date IS NOT NULL GROUP BY ALL
     ), days AS (SELECT day, round(sum(engaged), 2) AS engaged, round(sum(paid), 2) AS paid, round(sum(envelope), 2) AS envelope FROM moves GROUP BY day),
     undated AS (SELECT coalesce(round(sum(montant), 2), 0) AS envelope FROM enveloppes WHERE inspir AND date IS NULL)
     SELECT strftime(day, '%Y-%m-%d') AS date,
       round(sum(engaged) OVER (ORDER BY day), 2) AS engaged,
       round(sum(paid) OVER (ORDER BY day), 2) AS paid,
       round((SELECT envelope FROM undated) + sum(days.envelope) OVER (ORDER BY day), 2) AS envelope
     FROM days ORDER BY day`
  );
  return rows.map((r) => ({ date: r.date, engaged: cents(r.engaged), paid: cents(r.paid), envelope: cents(r.envelope) }));
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
