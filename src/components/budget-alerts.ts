import type { AlertRow, BudgetPage } from "../../loaders/site/budget-page.js";
import { formatInteger } from "./format.js";

/** A funding rule with how many alerts it raised and on how many dossiers (all of them, not only the listed ones). */
export interface RuleCount {
  rule: string;
  label: string;
  alerts: number;
  dossiers: number;
}

/** Every funding rule, in the documented order, with its counts (0 when it raised no alert). */
export function ruleCounts(rules: BudgetPage["rules"], counts: BudgetPage["alertCountByRule"]): RuleCount[] {
  return rules.map(({ code, label }) => {
    const count = counts.find((c) => c.rule === code);
    return { rule: code, label, alerts: count?.alerts ?? 0, dossiers: count?.dossiers ?? 0 };
  });
}

/** The listed alerts of one rule, or all of them when `rule` is null, in the dataset's order (by dossier). */
export function alertsOfRule(alerts: readonly AlertRow[], rule: string | null): AlertRow[] {
  return rule === null ? [...alerts] : alerts.filter((a) => a.rule === rule);
}

/**
 * The note shown when the browser received only the first alerts: null when the list is complete.
 * `total` is the number of alerts in all, `listed` the number received.
 */
export function alertsCapNote(total: number, listed: number): string | null {
  if (total <= listed) return null;
  return `Seules les ${formatInteger(listed)} premières alertes (par numéro de dossier) sur ${formatInteger(total)} sont listées ici : la liste complète est dans la base DuckDB, table alerts.`;
}
