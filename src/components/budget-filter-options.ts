import type { RuleCount } from "./budget-alerts.js";
import { SECTIONS, VERSANTS } from "./budget-filter.js";
import { type YearChoice, UNVOTED, dispositifLabel, yearLabel } from "./budget-splits.js";
import { formatCount } from "./format.js";

// Each function gives the choices of one filter as the select input of @observablehq/inputs expects them: French label → value, "all" first.

/** Versant choices: the whole region (null), then each versant. */
export function versantOptions(): Map<string, string | null> {
  return new Map<string, string | null>([["Toute la région", null], ...VERSANTS.map((v): [string, string] => [v, v])]);
}

/** Section choices: both sections (null), then each section. */
export function sectionOptions(): Map<string, string | null> {
  return new Map<string, string | null>([["Les deux sections", null], ...SECTIONS.map((s): [string, string] => [s, s])]);
}

/** Dispositif choices: every dispositif (null), then each one without the programme's prefix. */
export function dispositifOptions(dispositifs: readonly string[]): Map<string, string | null> {
  return new Map<string, string | null>([["Tous les dispositifs", null], ...dispositifs.map((d): [string, string] => [dispositifLabel(d), d])]);
}

/** Year-of-vote choices: every year (null), then each year, and "Sans vote" for dossiers paid without a vote. */
export function yearOptions(years: readonly (number | typeof UNVOTED)[]): Map<string, YearChoice> {
  return new Map<string, YearChoice>([["Toutes les années", null], ...years.map((y): [string, YearChoice] => [yearLabel(y === UNVOTED ? null : y), y])]);
}

/** Rule choices: every rule (null) with the number of alerts in all, then each rule that raised alerts, with its count. */
export function ruleOptions(counts: readonly RuleCount[], total: number): Map<string, string | null> {
  const alerts = (n: number) => formatCount(n, "alerte", "alertes");
  return new Map<string, string | null>([
    [`Toutes les règles (${alerts(total)})`, null],
    ...counts.filter((c) => c.alerts > 0).map((c): [string, string] => [`${c.rule} — ${c.label} (${alerts(c.alerts)})`, c.rule]),
  ]);
}
