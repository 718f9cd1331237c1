import type { BudgetSplit } from "../../loaders/site/budget-page.js";
import type { RuleCount } from "./budget-alerts.js";
import { SECTIONS, VERSANTS } from "./budget-filter.js";
import { type SplitFilter, UNVOTED, dispositifLabel, splitDispositifs, splitYears, yearLabel } from "./budget-splits.js";
import { dispositifCode } from "./dispositif-codes.js";
import type { FilterField, FilterOption } from "./filter-bar.js";
import { filterYearOptions } from "./filter-years.js";
import { formatCount } from "./format.js";

// The budget page's filter bar: versant and section (the whole page), year of vote and dispositif (the splits), and
// the funding rule (the alert list), each in the address under the site's shared names where there is one.

/** What the budget page's bar has chosen: null is "all" for each field. */
export interface BudgetChoices extends SplitFilter {
  /** A rule code that raised alerts, or null for every rule. */
  rule: string | null;
}

export interface BudgetFieldsOptions {
  /** The alerts' counts by rule; no rule field when omitted (the public edition publishes no alert). */
  rules?: { counts: readonly RuleCount[]; total: number };
  /** The exports date (`YYYY-MM-DD`): no year after its year is offered. */
  exportsDate: string | null;
}

/** A dispositif in the address: its short code (`evenement`), or its name when the site gives it none. */
function dispositifValue(dispositif: string): string {
  return dispositifCode(dispositif) ?? dispositif;
}

/** Rule choices: every rule with the number of alerts in all, then each rule that raised alerts, by its French label with its code beside it and its count. */
export function ruleFilterOptions(counts: readonly RuleCount[], total: number): FilterOption[] {
  const alerts = (n: number) => formatCount(n, "alerte", "alertes");
  return [
    { value: "", label: `Toutes les règles (${alerts(total)})` },
    ...counts.filter((c) => c.alerts > 0).map((c) => ({ value: c.rule, label: `${c.label} — ${c.rule} (${alerts(c.alerts)})` })),
  ];
}

/** The bar's fields: versant, section, year of vote ("Sans vote" last when some dossier was paid without one), dispositif, rule. */
export function budgetFilterFields(splits: readonly BudgetSplit[], { rules, exportsDate }: BudgetFieldsOptions): FilterField[] {
  const years = splitYears(splits);
  const yearOptions = filterYearOptions(years.filter((y): y is number => y !== UNVOTED), exportsDate);
  if (years.includes(UNVOTED)) yearOptions.push({ value: UNVOTED, label: yearLabel(null) });
  const fields: FilterField[] = [
    { name: "versant", label: "Versant", options: [{ value: "", label: "Les deux versants" }, ...VERSANTS.map((v) => ({ value: v, label: v }))] },
    { name: "section", label: "Section", options: [{ value: "", label: "Les deux sections" }, ...SECTIONS.map((s) => ({ value: s, label: s }))] },
    { name: "annee", label: "Année de vote", options: yearOptions },
    {
      name: "dispositif",
      label: "Dispositif",
      options: [{ value: "", label: "Tous les dispositifs" }, ...splitDispositifs(splits).map((d) => ({ value: dispositifValue(d), label: dispositifLabel(d) }))],
    },
  ];
  if (rules) fields.push({ name: "regle", label: "Règle", options: ruleFilterOptions(rules.counts, rules.total) });
  return fields;
}

/** The choices of the bar's values (the address's parameters, already checked against the options by the bar). */
export function budgetChoices(params: Readonly<Record<string, string>>, splits: readonly BudgetSplit[]): BudgetChoices {
  const value = (name: string) => params[name] || null;
  const year = value("annee");
  const dispositif = value("dispositif");
  return {
    versant: value("versant"),
    section: value("section"),
    year: year === null ? null : year === UNVOTED ? UNVOTED : Number(year),
    dispositif: dispositif === null ? null : (splitDispositifs(splits).find((d) => dispositifValue(d) === dispositif) ?? null),
    rule: value("regle"),
  };
}
