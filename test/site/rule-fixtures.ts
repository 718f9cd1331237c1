import { ruleCounts } from "../../src/components/budget-alerts.js";

/** Three funding rules as the budget page receives them, and their counts: two raised alerts, one none. */
export const RULES = [
  { code: "EVT_CAP", label: "Événement créatif : montant voté supérieur à 12 500 €" },
  { code: "EXP_CAP", label: "Expérimentation : plus de 5 000 € dans une section" },
  { code: "PAID_OVER_VOTED", label: "Payé net supérieur au voté dans une section" },
];
export const RULE_COUNTS = ruleCounts(RULES, [
  { rule: "PAID_OVER_VOTED", alerts: 3, dossiers: 2 },
  { rule: "EVT_CAP", alerts: 1, dossiers: 1 },
]);
