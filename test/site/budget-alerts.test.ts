import { describe, expect, it } from "vitest";
import type { AlertRow } from "../../loaders/site/budget-page.js";
import { alertsCapNote, alertsOfRule, ruleCounts, ruleFromSearch } from "../../src/components/budget-alerts.js";
import { dispositifOptions, ruleOptions, sectionOptions, versantOptions, yearOptions } from "../../src/components/budget-filter-options.js";
import { UNVOTED } from "../../src/components/budget-splits.js";
import { normalizeSpaces as n } from "./normalize-spaces.js";

const rules = [
  { code: "EVT_CAP", label: "Événement créatif : montant voté supérieur à 12 500 €" },
  { code: "EXP_CAP", label: "Expérimentation : plus de 5 000 € dans une section" },
  { code: "PAID_OVER_VOTED", label: "Payé net supérieur au voté dans une section" },
];
const counts = ruleCounts(rules, [
  { rule: "PAID_OVER_VOTED", alerts: 3, dossiers: 2 },
  { rule: "EVT_CAP", alerts: 1, dossiers: 1 },
]);
const alert = (dossier: string, rule: string): AlertRow => ({
  dossier, beneficiaire: "Asso", dispositif: "INS'pir - Événement créatif", commune: "Amiens", versant: "Picardie", statut: "Voté", rule, section: null, amount: 1, limit: 1, message: "…",
});

describe("ruleCounts", () => {
  it("lists every rule in the documented order, 0 for those without alerts", () => {
    expect(counts).toEqual([
      { rule: "EVT_CAP", label: rules[0]!.label, alerts: 1, dossiers: 1 },
      { rule: "EXP_CAP", label: rules[1]!.label, alerts: 0, dossiers: 0 },
      { rule: "PAID_OVER_VOTED", label: rules[2]!.label, alerts: 3, dossiers: 2 },
    ]);
  });
});

describe("alertsOfRule", () => {
  it("keeps one rule's alerts, or all of them", () => {
    const alerts = [alert("A1", "EVT_CAP"), alert("A2", "PAID_OVER_VOTED"), alert("A3", "PAID_OVER_VOTED")];
    expect(alertsOfRule(alerts, "PAID_OVER_VOTED").map((a) => a.dossier)).toEqual(["A2", "A3"]);
    expect(alertsOfRule(alerts, null)).toHaveLength(3);
  });
});

describe("ruleFromSearch", () => {
  it("takes ?regle= only when it names a rule that raised alerts", () => {
    expect(ruleFromSearch("?regle=PAID_OVER_VOTED", counts)).toBe("PAID_OVER_VOTED");
    expect(ruleFromSearch("?regle=EXP_CAP", counts)).toBeNull();
    expect(ruleFromSearch("?regle=NOPE", counts)).toBeNull();
    expect(ruleFromSearch("", counts)).toBeNull();
  });
});

describe("alertsCapNote", () => {
  it("says nothing when every alert is listed", () => {
    expect(alertsCapNote(14, 14)).toBeNull();
  });

  it("points to the DuckDB table when the list is capped", () => {
    expect(n(alertsCapNote(1234, 500))).toBe(
      "Seules les 500 premières alertes (par numéro de dossier) sur 1 234 sont listées ici : la liste complète est dans la base DuckDB, table alerts.",
    );
  });
});

describe("filter options", () => {
  it("put the choice of everything first, with a null value", () => {
    expect([...versantOptions()]).toEqual([["Toute la région", null], ["Nord-Pas-de-Calais", "Nord-Pas-de-Calais"], ["Picardie", "Picardie"]]);
    expect([...sectionOptions()]).toEqual([["Les deux sections", null], ["Fonctionnement", "Fonctionnement"], ["Investissement", "Investissement"]]);
    expect([...dispositifOptions(["INS'pir - Expérimentation"])]).toEqual([["Tous les dispositifs", null], ["Expérimentation", "INS'pir - Expérimentation"]]);
    expect([...yearOptions([2017, UNVOTED])]).toEqual([["Toutes les années", null], ["2017", 2017], ["Sans vote", UNVOTED]]);
  });

  it("list only the rules that raised alerts, with their counts", () => {
    expect([...ruleOptions(counts, 4)].map(([label, value]) => [n(label), value])).toEqual([
      ["Toutes les règles (4 alertes)", null],
      [`EVT_CAP — ${rules[0]!.label} (1 alerte)`, "EVT_CAP"],
      [`PAID_OVER_VOTED — ${rules[2]!.label} (3 alertes)`, "PAID_OVER_VOTED"],
    ]);
  });
});
