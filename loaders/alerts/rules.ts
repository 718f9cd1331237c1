import { type DuckDBConnection, type DuckDBValue, INTEGER, LIST, VARCHAR, listValue } from "@duckdb/node-api";
import { formatEuro, formatLongDate } from "../format/french.js";
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

/** What a rule's query returns for each breach: amounts in €, `detail` a free complement. */
export interface Breach {
  dossier_id: string;
  section: string | null;
  amount: number | null;
  limit: number | null;
  detail: string | null;
}

/** A funding rule: its stable code, what it checks (French), the SQL that finds breaches, and the message a director reads. */
export interface AlertRule {
  code: string;
  label: string;
  /** Selects dossier_id, section, amount, limit, detail over the kept tables; `$name` parameters are bound. */
  sql: string;
  message: (b: Breach) => string;
}

// Amounts are compared in whole cents so that 6 250,00 € is exactly half of 12 500,00 €.
const cents = (expr: string) => `round((${expr}) * 100)`;
const VOTED = "(d.vote_fonctionnement + d.vote_investissement)";
const eur = (v: number | null) => formatEuro(v ?? 0);

/**
 * The funding rules of the programme texts, in the order the README documents them. They read dossiers, paiements
 * and epci only: buildDatabase finds the alerts before the ideas and the markers are imported.
 */
export const ALERT_RULES: readonly AlertRule[] = [
  {
    code: "EVT_RATE",
    label: "Événement créatif : montant voté supérieur à 50 % du coût total",
    sql: `SELECT d.id, NULL, ${VOTED}, d.cout_total * $eventRate, NULL FROM dossiers d
          WHERE d.dispositif = $event AND ${cents(VOTED)} > ${cents("d.cout_total")} * $eventRate`,
    message: (b) => `Voté ${eur(b.amount)}, au-delà de 50 % du coût total (${eur(b.limit)} au plus)`
  },
  {
    code: "EVT_CAP",
    label: "Événement créatif : montant voté supérieur à 12 500 €",
    sql: `SELECT d.id, NULL, ${VOTED}, $eventCap, NULL FROM dossiers d
          WHERE d.dispositif = $event AND ${cents(VOTED)} > ${cents("$eventCap")}`,
    message: (b) => `Voté ${eur(b.amount)} (plafond ${eur(b.limit)})`
  },
  {
    code: "EXP_CAP",
    label: "Expérimentation : plus de 5 000 € dans une section",
    sql: `SELECT d.id, s.section, s.amount, $experimentCap, NULL
          FROM dossiers d, LATERAL (VALUES ('Fonctionnement', d.vote_fonctionnement), ('Investissement', d.vote_investissement)) s(section, amount)
          WHERE d.dispositif = $experiment AND ${cents("s.amount")} > ${cents("$experimentCap")}`,
    message: (b) => `${b.section} voté ${eur(b.amount)} (plafond ${eur(b.limit)} par section)`
  },
  {
    code: "STRUCT_CAP",
    label: "Structure d'accompagnement : plus de 5 000 € par projet",
    sql: `SELECT d.id, NULL, ${VOTED}, $supportCap, NULL FROM dossiers d
          WHERE d.dispositif = $support AND ${cents(VOTED)} > ${cents("$supportCap")}`,
    message: (b) => `Voté ${eur(b.amount)} (plafond ${eur(b.limit)} par projet)`
  },
  {
    code: "TL_YEAR_CAP",
    label: "Tiers-lieu : fonctionnement supérieur au plafond de l'année du plan (45 000, 30 000, 15 000 €)",
    // A plan year left empty is held to the year-1 cap, the highest: anything above it breaks every year's cap.
    sql: `SELECT d.id, 'Fonctionnement', d.vote_fonctionnement, c.cap, coalesce(d.annee::VARCHAR, '?')
          FROM dossiers d, LATERAL (SELECT CASE coalesce(d.annee, 1) WHEN 1 THEN $tlCap1 WHEN 2 THEN $tlCap2 ELSE $tlCap3 END AS cap) c
          WHERE d.dispositif = $tiersLieu AND ${cents("d.vote_fonctionnement")} > ${cents("c.cap")}`,
    message: (b) => `Fonctionnement voté ${eur(b.amount)} en année ${b.detail} (plafond ${eur(b.limit)})`
  },
  {
    code: "TL_EQUIP_RATE",
    label: "Tiers-lieu : équipement supérieur à 50 % du coût total",
    sql: `SELECT d.id, 'Investissement', d.vote_investissement, d.cout_total * $equipmentRate, NULL FROM dossiers d
          WHERE d.dispositif = $tiersLieu AND ${cents("d.vote_investissement")} > ${cents("d.cout_total")} * $equipmentRate`,
    message: (b) => `Équipement voté ${eur(b.amount)}, au-delà de 50 % du coût total (${eur(b.limit)} au plus)`
  },
  {
    code: "TL_EQUIP_CAP",
    label: "Tiers-lieu : équipement supérieur à 30 000 €",
    sql: `SELECT d.id, 'Investissement', d.vote_investissement, $equipmentCap, NULL FROM dossiers d
          WHERE d.dispositif = $tiersLieu AND ${cents("d.vote_investissement")} > ${cents("$equipmentCap")}`,
    message: (b) => `Équipement voté ${eur(b.amount)} (plafond ${eur(b.limit)})`
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
                 || CASE WHEN t.n - 1 > $namedOthers THEN ' et ' || (t.n - 1 - $namedOthers) || ' autres' ELSE '' END
          FROM t JOIN heads h USING (epci_siren, annee) JOIN epci e ON e.siren = t.epci_siren
          WHERE t.n >= 2`,
    message: (b) => `Autre aide votée dans l'EPCI ${b.detail}`
  },
  {
    code: "TL_FUNCTIONS",
    label: "Tiers-lieu : moins de deux fonctions",
    sql: `SELECT d.id, NULL, NULL, NULL, coalesce(nullif(array_to_string(d.fonctions, ', '), ''), 'aucune') FROM dossiers d
          WHERE d.dispositif = $tiersLieu AND len(d.fonctions) < $minFunctions`,
    message: (b) => `Fonctions déclarées : ${b.detail} (au moins deux attendues)`
  },
  {
    code: "PAID_OVER_VOTED",
    label: "Payé net (reversements déduits) supérieur au voté dans une section",
    sql: `SELECT d.id, p.section, p.net, CASE p.section WHEN 'Fonctionnement' THEN d.vote_fonctionnement ELSE d.vote_investissement END, NULL
          FROM dossiers d JOIN (SELECT dossier_id, section, round(sum(net_amount), 2) AS net FROM paiements GROUP BY ALL) p ON p.dossier_id = d.id
          WHERE ${cents("p.net")} > ${cents("CASE p.section WHEN 'Fonctionnement' THEN d.vote_fonctionnement ELSE d.vote_investissement END")}`,
    message: (b) => `${b.section} : payé net ${eur(b.amount)} pour ${eur(b.limit)} voté`
  },
  {
    code: "PAID_NOT_VOTED",
    label: "Paiement sur un dossier non voté (statut autre que Voté, Soldé ou Caduc)",
    sql: `SELECT d.id, NULL, round(sum(p.net_amount), 2), NULL, count(*) || ' paiement(s) sur un dossier au statut ' || d.statut
          FROM dossiers d JOIN paiements p ON p.dossier_id = d.id
          WHERE NOT list_contains($votedStatuts, d.statut) GROUP BY d.id, d.statut`,
    message: (b) => `${b.detail} (${eur(b.amount)} net)`
  },
  {
    code: "PAID_BEFORE_VOTE",
    label: "Paiement daté d'avant le vote",
    sql: `SELECT d.id, NULL, round(sum(p.net_amount), 2), NULL, strftime(min(p.date_paiement), '%Y-%m-%d') || '|' || strftime(d.date_vote, '%Y-%m-%d') || '|' || count(*)
          FROM dossiers d JOIN paiements p ON p.dossier_id = d.id
          WHERE p.date_paiement < d.date_vote GROUP BY d.id, d.date_vote`,
    message: (b) => {
      const [first = "", vote = "", count = ""] = (b.detail ?? "").split("|");
      return `${count} paiement(s) avant le vote du ${formatLongDate(vote)}, le premier le ${formatLongDate(first)}`;
    }
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

/** A breach found by a rule, with its message. */
export interface Alert extends Breach {
  rule: string;
  message: string;
}

/** Runs every rule over the kept tables; alerts sorted by dossier, rule, section. */
export async function findAlerts(connection: DuckDBConnection): Promise<Alert[]> {
  const alerts: Alert[] = [];
  for (const rule of ALERT_RULES) {
    // DuckDB refuses values bound to parameters a statement does not use.
    const used = Object.fromEntries(Object.entries(RULE_PARAMETERS).filter(([name]) => new RegExp(`\\$${name}\\b`).test(rule.sql)));
    const reader = await connection.runAndReadAll(
      `SELECT * FROM (${rule.sql}) r(dossier_id, section, amount, "limit", detail)`,
      used,
      { ...("votedStatuts" in used ? { votedStatuts: LIST(VARCHAR) } : {}), ...("namedOthers" in used ? { namedOthers: INTEGER } : {}) }
    );
    // One object literal per alert (not a spread copy, whose fields read slower when the alerts are written).
    for (const b of reader.getRowObjectsJS() as unknown as Breach[]) {
      alerts.push({ dossier_id: b.dossier_id, section: b.section, amount: b.amount, limit: b.limit, detail: b.detail, rule: rule.code, message: rule.message(b) });
    }
  }
  // Each alert's sort key built once, not at every comparison (48 000 alerts at 1000× the sample).
  const keyed = alerts.map((a) => ({ a, key: `${a.dossier_id}\u0000${a.rule}\u0000${a.section ?? ""}` }));
  return keyed.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)).map((k) => k.a);
}

