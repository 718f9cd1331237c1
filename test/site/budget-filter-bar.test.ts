import { describe, expect, it } from "vitest";
import type { BudgetSplit } from "../../loaders/site/budget-page.js";
import { budgetChoices, budgetFilterFields, ruleFilterOptions } from "../../src/components/budget-filter-bar.js";
import { UNVOTED } from "../../src/components/budget-splits.js";
import { filterValues } from "../../src/components/filter-bar.js";
import { normalizeSpaces as n } from "./normalize-spaces.js";
import { RULE_COUNTS as counts, RULES as rules } from "./rule-fixtures.js";

const split = (dispositif: string, year: number | null): BudgetSplit => ({ dispositif, year, versant: "Picardie", section: "Fonctionnement", dossiers: 1, engaged: 1, paid: 1 });
const splits = [split("INS'pir - Expérimentation", 2017), split("INS'pir - Événement créatif", 2019), split("INS'pir - Événement créatif", null), split("Un autre dispositif", 2021)];
const fields = budgetFilterFields(splits, { exportsDate: "2020-06-30", rules: { counts, total: 4 } });
const values = (field: string) => fields.find((f) => f.name === field)!.options!.map((o) => o.value);

describe("the budget's filter bar", () => {
  it("has the versant, the section, the year of vote, the dispositif and the rule, each with « all » first", () => {
    expect(fields.map((f) => f.name)).toEqual(["versant", "section", "annee", "dispositif", "regle"]);
    expect(fields.map((f) => f.options![0]!.value)).toEqual(["", "", "", "", ""]);
    expect(values("versant")).toEqual(["", "Nord-Pas-de-Calais", "Picardie"]);
    expect(values("section")).toEqual(["", "Fonctionnement", "Investissement"]);
  });

  it("offers no year after the exports date, and « Sans vote » last", () => {
    expect(values("annee")).toEqual(["", "2017", "2019", UNVOTED]);
    expect(fields[2]!.options!.at(-1)!.label).toBe("Sans vote");
  });

  it("names the dispositifs by their short code in the address, by their name without the programme's prefix on screen", () => {
    expect(fields[3]!.options).toEqual([
      { value: "", label: "Tous les dispositifs" },
      { value: "evenement", label: "Événement créatif" },
      { value: "experimentation", label: "Expérimentation" },
      { value: "Un autre dispositif", label: "Un autre dispositif" },
    ]);
  });

  it("lists only the rules that raised alerts, with their counts, and none in the public edition", () => {
    expect(ruleFilterOptions(counts, 4).map((o) => [n(o.label), o.value])).toEqual([
      ["Toutes les règles (4 alertes)", ""],
      [`${rules[0]!.label} — EVT_CAP (1 alerte)`, "EVT_CAP"],
      [`${rules[2]!.label} — PAID_OVER_VOTED (3 alertes)`, "PAID_OVER_VOTED"],
    ]);
    expect(budgetFilterFields(splits, { exportsDate: null }).map((f) => f.name)).toEqual(["versant", "section", "annee", "dispositif"]);
  });

  it("takes ?regle= only when it names a rule that raised alerts", () => {
    const rule = (search: string) => budgetChoices(filterValues(search, fields), splits).rule;
    expect(rule("?regle=PAID_OVER_VOTED")).toBe("PAID_OVER_VOTED");
    expect(rule("?regle=EXP_CAP")).toBeNull();
    expect(rule("?regle=NOPE")).toBeNull();
    expect(rule("")).toBeNull();
  });

  it("reads the address into the page's choices, null for all", () => {
    const choices = (search: string) => budgetChoices(filterValues(search, fields), splits);
    expect(choices("")).toEqual({ versant: null, section: null, year: null, dispositif: null, rule: null });
    expect(choices("?versant=Picardie&section=Investissement&annee=2019&dispositif=evenement")).toEqual({
      versant: "Picardie",
      section: "Investissement",
      year: 2019,
      dispositif: "INS'pir - Événement créatif",
      rule: null,
    });
    expect(choices(`?annee=${UNVOTED}&dispositif=Un+autre+dispositif`)).toMatchObject({ year: UNVOTED, dispositif: "Un autre dispositif" });
    // A year after the exports date, or a dispositif without budget lines, is dropped.
    expect(choices("?annee=2021&dispositif=tiers-lieux")).toMatchObject({ year: null, dispositif: null });
  });
});
