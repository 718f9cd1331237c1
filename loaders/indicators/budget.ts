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

export interface BudgetIndicators {
  lines: BudgetLine[];
  total: Omit<BudgetLine, "section" | "versant">;
}

/** Engaged and paid on INS'pir dossiers against the envelope, per line sorted by versant then section, and in total. */
export async function budgetIndicators(connection: DuckDBConnection): Promise<BudgetIndicators> {
  const rows = await queryRows<{ section: string; versant: string; envelope: number; engaged: number; paid: number }>(
    connection,
    `WITH lines AS (
       SELECT s.section, v.versant FROM (VALUES ('Fonctionnement'), ('Investissement')) s(section)
       CROSS JOIN (VALUES ('Nord-Pas-de-Calais'), ('Picardie')) v(versant)
     )
     SELECT l.section, l.versant,
       coalesce((SELECT sum(montant) FROM enveloppes e WHERE e.inspir AND e.section = l.section AND e.versant = l.versant), 0) AS envelope,
       coalesce((SELECT sum(engaged) FROM engagements g WHERE g.inspir AND g.section = l.section AND g.versant = l.versant), 0) AS engaged,
       coalesce((SELECT sum(paid) FROM engagements g WHERE g.inspir AND g.section = l.section AND g.versant = l.versant), 0) AS paid
     FROM lines l ORDER BY l.versant, l.section`
  );
  const lines = rows.map((r) => line(r.envelope, r.engaged, r.paid, { section: r.section, versant: r.versant }));
  const sum = (key: "envelope" | "engaged" | "paid") => rows.reduce((acc, r) => acc + r[key], 0);
  return { lines, total: line(sum("envelope"), sum("engaged"), sum("paid"), {}) };
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
