import { type DuckDBConnection, type DuckDBValue, INTEGER, LIST, VARCHAR, listValue } from "@duckdb/node-api";
import { formatEuro, formatLongDate } from "../format/french.js";
import { sqlText } from "../schemas/export-spec.js";
import { type TableDef, createTable } from "../tables/table-ddl.js";
import { EVENT, EXPERIMENT, SUPPORT_STRUCTURE, TIERS_LIEU, VOTED_STATUTS } from "../schemas/vocabulary.js";
import {
  EQUIPMENT_CAP,
  EQUIPMENT_MAX_RATE,
  EVENT_CAP,
  EVENT_MAX_RATE,
  EXPERIMENT_CAP_PER_SECTION,
  SUPPORT_STRUCTURE_CAP,
  TIERS_LIEU_MIN_FUNCTIONS,
  TIERS_LIEU_YEAR_CAPS
} from "./caps.js";

/**
 * A funding rule: its stable code, what it checks (French), the SQL that finds its breaches over the typed tables
 * (`dossier_id, section, amount, limit, detail, first_date, vote_date`; `$name` parameters are bound), and the SQL
 * of the message a director reads, over the breach `b` and its amounts and dates in French (`amount_text`,
 * `limit_text`, `first_date_text`, `vote_date_text`).
 */
export interface AlertRule {
  code: string;
  label: string;
  sql: string;
  message: string;
}

// Amounts are compared in whole cents so that 6 250,00 € is exactly half of 12 500,00 €.
const cents = (expr: string) => `round((${expr}) * 100)`;
const VOTED = "(d.vote_fonctionnement + d.vote_investissement)";

/**
 * The funding rules of the programme texts, in the order the README documents them. They read dossiers, paiements
 * and epci.
 */
export const ALERT_RULES: readonly AlertRule[] = [
  {
    code: "EVT_RATE",
    label: "Événement créatif : montant voté supérieur à 50 % du coût total",
    sql: `SELECT d.id, NULL, ${VOTED}, d.cout_total * $eventRate, NULL, NULL, NULL FROM dossiers d
          WHERE d.dispositif = $event AND ${cents(VOTED)} > ${cents("d.cout_total")} * $eventRate`,
    message: "'Voté ' || amount_text || ', au-delà de 50 % du coût total (' || limit_text || ' au plus)'"
  },
  {
    code: "EVT_CAP",
    label: "Événement créatif : montant voté supérieur à 12 500 €",
    sql: `SELECT d.id, NULL, ${VOTED}, $eventCap, NULL, NULL, NULL FROM dossiers d
          WHERE d.dispositif = $event AND ${cents(VOTED)} > ${cents("$eventCap")}`,
    message: "'Voté ' || amount_text || ' (plafond ' || limit_text || ')'"
  },
  {
    code: "EXP_CAP",
    label: "Expérimentation : plus de 5 000 € dans une section",
    sql: `SELECT d.id, s.section, s.amount, $experimentCap, NULL, NULL, NULL
          FROM dossiers d, LATERAL (VALUES ('Fonctionnement', d.vote_fonctionnement), ('Investissement', d.vote_investissement)) s(section, amount)
          WHERE d.dispositif = $experiment AND ${cents("s.amount")} > ${cents("$experimentCap")}`,
    message: "b.section || ' voté ' || amount_text || ' (plafond ' || limit_text || ' par section)'"
  },
  {
    code: "STRUCT_CAP",
    label: "Structure d'accompagnement : plus de 5 000 € par projet",
    sql: `SELECT d.id, NULL, ${VOTED}, $supportCap, NULL, NULL, NULL FROM dossiers d
          WHERE d.dispositif = $support AND ${cents(VOTED)} > ${cents("$supportCap")}`,
    message: "'Voté ' || amount_text || ' (plafond ' || limit_text || ' par projet)'"
  },
  {
    code: "TL_YEAR_CAP",
    label: "Tiers-lieu : fonctionnement supérieur au plafond de l'année du plan (45 000, 30 000, 15 000 €)",
    // A plan year left empty is held to the year-1 cap, the highest: anything above it breaks every year's cap.
    sql: `SELECT d.id, 'Fonctionnement', d.vote_fonctionnement, c.cap, coalesce(d.annee::VARCHAR, '?'), NULL, NULL
          FROM dossiers d, LATERAL (SELECT CASE coalesce(d.annee, 1) WHEN 1 THEN $tlCap1 WHEN 2 THEN $tlCap2 ELSE $tlCap3 END AS cap) c
          WHERE d.dispositif = $tiersLieu AND ${cents("d.vote_fonctionnement")} > ${cents("c.cap")}`,
    message: "'Fonctionnement voté ' || amount_text || ' en année ' || b.detail || ' (plafond ' || limit_text || ')'"
  },
  {
    code: "TL_EQUIP_RATE",
    label: "Tiers-lieu : équipement supérieur à 50 % du coût total",
    sql: `SELECT d.id, 'Investissement', d.vote_investissement, d.cout_total * $equipmentRate, NULL, NULL, NULL FROM dossiers d
          WHERE d.dispositif = $tiersLieu AND ${cents("d.vote_investissement")} > ${cents("d.cout_total")} * $equipmentRate`,
    message: "'Équipement voté ' || amount_text || ', au-delà de 50 % du coût total (' || limit_text || ' au plus)'"
  },
  {
    code: "TL_EQUIP_CAP",
    label: "Tiers-lieu : équipement supérieur à 30 000 €",
    sql: `SELECT d.id, 'Investissement', d.vote_investissement, $equipmentCap, NULL, NULL, NULL FROM dossiers d
          WHERE d.dispositif = $tiersLieu AND ${cents("d.vote_investissement")} > ${cents("$equipmentCap")}`,
    message: "'Équipement voté ' || amount_text || ' (plafond ' || limit_text || ')'"
  },
  {
    code: "TL_SAME_EPCI",
    label: "Tiers-lieux : deux aides votées dans le même EPCI pour la même année du plan",
    // Grouped, not self-joined, and at most five others named: a crowded EPCI would otherwise cost and print n² names.
    sql: `WITH t AS (
            SELECT id, epci_siren, annee, count(*) OVER g AS n, row_number() OVER (g ORDER BY id) AS rank
            FROM dossiers WHERE dispositif = $tiersLieu AND list_contains($votedStatuts, statut) AND epci_siren IS NOT NULL AND annee IS NOT NULL
            WINDOW g AS (PARTITION BY epci_siren, annee)
          ), heads AS (SELECT epci_siren, annee, list(id ORDER BY id) AS head FROM t WHERE rank <= $namedOthers + 1 GROUP BY ALL)
          SELECT t.id, NULL, NULL, NULL, e.name || ' en année ' || t.annee || ' : '
                 || array_to_string(list_filter(h.head, x -> x <> t.id)[1:$namedOthers], ', ')
                 || CASE WHEN t.n - 1 > $namedOthers THEN ' et ' || (t.n - 1 - $namedOthers) || ' autres' ELSE '' END, NULL, NULL
          FROM t JOIN heads h USING (epci_siren, annee) JOIN epci e ON e.siren = t.epci_siren
          WHERE t.n >= 2`,
    message: "'Autre aide votée dans l''EPCI ' || b.detail"
  },
  {
    code: "TL_FUNCTIONS",
    label: "Tiers-lieu : moins de deux fonctions",
    sql: `SELECT d.id, NULL, NULL, NULL, coalesce(nullif(array_to_string(d.fonctions, ', '), ''), 'aucune'), NULL, NULL FROM dossiers d
          WHERE d.dispositif = $tiersLieu AND len(d.fonctions) < $minFunctions`,
    message: "'Fonctions déclarées : ' || b.detail || ' (au moins deux attendues)'"
  },
  {
    code: "PAID_OVER_VOTED",
    label: "Payé net (reversements déduits) supérieur au voté dans une section",
    sql: `SELECT d.id, p.section, p.net, CASE p.section WHEN 'Fonctionnement' THEN d.vote_fonctionnement ELSE d.vote_investissement END, NULL, NULL, NULL
          FROM dossiers d JOIN (SELECT dossier_id, section, round(sum(net_amount), 2) AS net FROM paiements GROUP BY ALL) p ON p.dossier_id = d.id
          WHERE ${cents("p.net")} > ${cents("CASE p.section WHEN 'Fonctionnement' THEN d.vote_fonctionnement ELSE d.vote_investissement END")}`,
    message: "b.section || ' : payé net ' || amount_text || ' pour ' || limit_text || ' voté'"
  },
  {
    code: "PAID_NOT_VOTED",
    label: "Paiement sur un dossier non voté (statut autre que Voté, Soldé ou Caduc)",
    sql: `SELECT d.id, NULL, round(sum(p.net_amount), 2), NULL, count(*) || ' paiement(s) sur un dossier au statut ' || d.statut, NULL, NULL
          FROM dossiers d JOIN paiements p ON p.dossier_id = d.id
          WHERE NOT list_contains($votedStatuts, d.statut) GROUP BY d.id, d.statut`,
    message: "b.detail || ' (' || amount_text || ' net)'"
  },
  {
    code: "PAID_BEFORE_VOTE",
    label: "Paiement daté d'avant le vote",
    sql: `SELECT d.id, NULL, round(sum(p.net_amount), 2), NULL, count(*)::VARCHAR, min(p.date_paiement), d.date_vote
          FROM dossiers d JOIN paiements p ON p.dossier_id = d.id
          WHERE p.date_paiement < d.date_vote GROUP BY d.id, d.date_vote`,
    message: "b.detail || ' paiement(s) avant le vote du ' || vote_date_text || ', le premier le ' || first_date_text"
  }
];

/** How many other dossiers a TL_SAME_EPCI message names before « et N autres ». */
export const SAME_EPCI_NAMED_OTHERS = 5;

const RULE_PARAMETERS: Record<string, DuckDBValue> = {
  event: EVENT,
  experiment: EXPERIMENT,
  support: SUPPORT_STRUCTURE,
  tiersLieu: TIERS_LIEU,
  eventRate: EVENT_MAX_RATE,
  eventCap: EVENT_CAP,
  experimentCap: EXPERIMENT_CAP_PER_SECTION,
  supportCap: SUPPORT_STRUCTURE_CAP,
  tlCap1: TIERS_LIEU_YEAR_CAPS[1],
  tlCap2: TIERS_LIEU_YEAR_CAPS[2],
  tlCap3: TIERS_LIEU_YEAR_CAPS[3],
  equipmentRate: EQUIPMENT_MAX_RATE,
  equipmentCap: EQUIPMENT_CAP,
  minFunctions: TIERS_LIEU_MIN_FUNCTIONS,
  namedOthers: SAME_EPCI_NAMED_OTHERS,
  votedStatuts: listValue([...VOTED_STATUTS])
};

/** The alerts table: one row per dossier, rule and section, sorted so. */
export const ALERTS: TableDef = {
  name: "alerts",
  comment: "Manquements aux règles de financement sur les lignes gardées : une ligne par dossier, règle et section (codes des règles dans le README)",
  columns: [
    { name: "dossier_id", type: "VARCHAR", comment: "N° dossier" },
    { name: "rule", type: "VARCHAR", comment: "Code stable de la règle" },
    { name: "section", type: "VARCHAR", comment: "Section concernée, quand la règle est par section" },
    { name: "amount", type: "DOUBLE", comment: "Montant constaté (€)" },
    { name: "limit_amount", type: "DOUBLE", comment: "Limite dépassée (€)" },
    { name: "message", type: "VARCHAR", comment: "Ce que lit la direction de mission" }
  ]
};

/**
 * Finds every rule's breaches over the typed tables and writes the alerts table. The amounts and dates of the
 * messages are formatted in French by JavaScript (formatEuro, formatLongDate), once per distinct value; the alerts
 * themselves go from SQL to their table.
 */
export async function writeAlerts(connection: DuckDBConnection): Promise<void> {
  const breaches = ALERT_RULES.map((rule, i) => `SELECT ${i} AS rule_index, ${sqlText(rule.code)} AS rule, * FROM (${rule.sql}) r(dossier_id, section, amount, "limit", detail, first_date, vote_date)`);
  const used = Object.fromEntries(Object.entries(RULE_PARAMETERS).filter(([name]) => ALERT_RULES.some((r) => new RegExp(`\\$${name}\\b`).test(r.sql))));
  await connection.run(`CREATE OR REPLACE TEMP TABLE breaches AS ${breaches.join(" UNION ALL ")}`, used, { votedStatuts: LIST(VARCHAR), namedOthers: INTEGER });
  await writeFrenchTexts(connection, "euro_texts", "SELECT coalesce(amount, 0) FROM breaches UNION SELECT coalesce(\"limit\", 0) FROM breaches", "DOUBLE", (v) => formatEuro(v as number));
  await writeFrenchTexts(connection, "date_texts", "SELECT strftime(first_date, '%Y-%m-%d') FROM breaches WHERE first_date IS NOT NULL UNION SELECT strftime(vote_date, '%Y-%m-%d') FROM breaches WHERE vote_date IS NOT NULL", "VARCHAR", (v) => formatLongDate(v as string));
  await createTable(connection, ALERTS);
  await connection.run(
    `INSERT INTO alerts
     SELECT b.dossier_id, b.rule, b.section, b.amount, b."limit", CASE b.rule ${ALERT_RULES.map((r) => `WHEN ${sqlText(r.code)} THEN ${r.message}`).join(" ")} END
     FROM (SELECT b.*, a.text AS amount_text, l.text AS limit_text, f.text AS first_date_text, v.text AS vote_date_text
           FROM breaches b
           LEFT JOIN euro_texts a ON a.value = coalesce(b.amount, 0) LEFT JOIN euro_texts l ON l.value = coalesce(b."limit", 0)
           LEFT JOIN date_texts f ON f.value = strftime(b.first_date, '%Y-%m-%d') LEFT JOIN date_texts v ON v.value = strftime(b.vote_date, '%Y-%m-%d')) b
     ORDER BY b.dossier_id, b.rule, coalesce(b.section, ''), b.rule_index`
  );
}

/** Formats each distinct value of `sql`'s one column once, into the temporary table `table` (value, text). */
async function writeFrenchTexts(connection: DuckDBConnection, table: string, sql: string, type: "DOUBLE" | "VARCHAR", format: (value: number | string) => string): Promise<void> {
  const values = ((await connection.runAndReadAll(sql)).getColumnsJS()[0] ?? []) as (number | string)[];
  await connection.run(`CREATE OR REPLACE TEMP TABLE "${table}" (value ${type}, text VARCHAR)`);
  const appender = await connection.createAppender(table);
  try {
    for (const v of values) {
      if (type === "DOUBLE") appender.appendDouble(v as number);
      else appender.appendVarchar(v as string);
      appender.appendVarchar(format(v));
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
