import type { AlertRow } from "../../loaders/site/budget-page.js";
import { dispositifLabel } from "./budget-splits.js";
import { formatEuros, MISSING } from "./format.js";
import { exportCell, setDownload } from "./table-download-cells.js";

/** An alert's amount in euros, with cents only when it has some (`7 100 €`, `5 545,50 €`); a dash when there is none. */
export function formatAlertAmount(amount: number | null): string {
  if (amount === null) return MISSING;
  return formatEuros(amount, { cents: Math.round(amount * 100) % 100 !== 0 });
}

/** Appends `text` to `cell` as a second line, in the secondary colour. */
function secondLine(cell: HTMLElement, text: string, document: Document): void {
  const span = cell.appendChild(document.createElement("span"));
  span.className = "second-line";
  span.textContent = text;
}

/**
 * The directors' list of alerts, one row per alert: the dossier (row header, a link to it when `dossierHref` is given)
 * over its beneficiary organisation, the dispositif over the commune, the rule's French label with its code beside it,
 * the amount and limit (€), and the message.
 */
export function budgetAlertsTable(
  alerts: readonly AlertRow[],
  ruleLabels: ReadonlyMap<string, string>,
  { caption, dossierHref, document = globalThis.document }: { caption: string; dossierHref?: (dossier: string) => string; document?: Document }
): HTMLTableElement {
  const table = document.createElement("table");
  table.className = "data-table alerts-table";
  table.appendChild(document.createElement("caption")).textContent = caption;
  const head = table.appendChild(document.createElement("thead")).appendChild(document.createElement("tr"));
  const columns: [string, boolean][] = [
    ["Dossier, organisation bénéficiaire", false],
    ["Dispositif, commune", false],
    ["Règle", false],
    ["Montant", true],
    ["Limite", true],
    ["Message", false],
  ];
  for (const [label, numeric] of columns) {
    const th = head.appendChild(document.createElement("th"));
    th.scope = "col";
    th.textContent = label;
    if (numeric) th.className = "num";
  }
  const body = table.appendChild(document.createElement("tbody"));
  for (const alert of alerts) {
    const tr = body.appendChild(document.createElement("tr"));
    const dossier = tr.appendChild(document.createElement("th"));
    dossier.scope = "row";
    dossier.className = "alert-dossier";
    if (dossierHref) {
      const a = dossier.appendChild(document.createElement("a"));
      a.href = dossierHref(alert.dossier);
      a.textContent = alert.dossier;
    } else dossier.append(alert.dossier);
    secondLine(dossier, alert.beneficiaire ?? MISSING, document);
    const place = tr.appendChild(document.createElement("td"));
    place.append(dispositifLabel(alert.dispositif));
    secondLine(place, alert.commune, document);
    const rule = tr.appendChild(document.createElement("td"));
    rule.className = "alert-rule";
    rule.append(ruleLabels.get(alert.rule) ?? alert.rule, " ");
    rule.appendChild(document.createElement("code")).textContent = alert.rule;
    for (const amount of [alert.amount, alert.limit]) {
      const td = tr.appendChild(document.createElement("td"));
      td.className = "num";
      td.textContent = formatAlertAmount(amount);
    }
    const message = tr.appendChild(document.createElement("td"));
    message.className = "alert-message";
    message.textContent = alert.message;
  }
  const euros = (amount: number | null) => exportCell(amount, { style: "euros", cents: amount !== null && Math.round(amount * 100) % 100 !== 0 });
  setDownload(table, {
    caption,
    headers: ["N° dossier", "Organisation bénéficiaire", "Dispositif", "Commune", "Règle", "Code de la règle", "Section", "Montant (€)", "Limite (€)", "Message"],
    rows: alerts.map((a) => [
      exportCell(a.dossier), exportCell(a.beneficiaire), exportCell(dispositifLabel(a.dispositif)), exportCell(a.commune),
      exportCell(ruleLabels.get(a.rule) ?? a.rule), exportCell(a.rule), exportCell(a.section), euros(a.amount), euros(a.limit), exportCell(a.message)
    ])
  });
  return table;
}
