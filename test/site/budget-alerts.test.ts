import { describe, expect, it } from "vitest";
import type { AlertRow } from "../../loaders/site/budget-page.js";
import { alertsCapNote, alertsOfRule, ruleCounts } from "../../src/components/budget-alerts.js";
import { normalizeSpaces as n } from "./normalize-spaces.js";
import { RULE_COUNTS as counts, RULES as rules } from "./rule-fixtures.js";

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
