import type { RuleCount } from "./budget-alerts.js";
import { formatInteger } from "./format.js";
import { exportCell, setDownload } from "./table-download-cells.js";

export interface RuleCountsTableOptions {
  caption: string;
  /** The address of a rule's alerts: the code of each rule that raised some becomes a link to it; no links when absent. */
  href?: (rule: string) => string;
  /** The address of a rule's dossiers in the explorer: each dossier count (and the total) becomes a link to them. */
  dossiersHref?: (rule: string | null) => string;
  /** Dossiers with at least one alert (a dossier can break several rules, so the rules' counts do not add up to it). */
  totalDossiers?: number;
  document?: Document;
}

/** Appends `text` as code that a narrow screen may wrap after each underscore (`PAID_` / `OVER_` / `VOTED`). */
function appendBreakableCode(cell: HTMLElement, text: string, document: Document): void {
  const code = cell.appendChild(document.createElement("code"));
  text.split(/(?<=_)/).forEach((part, i) => {
    if (i > 0) code.appendChild(document.createElement("wbr"));
    code.append(part);
  });
}

/**
 * The funding rules with the number of alerts and of dossiers each raised: code (row header, optionally a link to
 * the rule's alerts), French label and counts.
 */
export function ruleCountsTable(counts: readonly RuleCount[], { caption, href, dossiersHref, totalDossiers, document = globalThis.document }: RuleCountsTableOptions): HTMLTableElement {
  const dossierCount = (cell: HTMLElement, count: number, rule: string | null) => {
    if (!dossiersHref || count === 0) return void (cell.textContent = formatInteger(count));
    const a = cell.appendChild(document.createElement("a"));
    a.href = dossiersHref(rule);
    a.textContent = formatInteger(count);
    a.setAttribute("aria-label", `${formatInteger(count)} dossier${count > 1 ? "s" : ""}${rule === null ? " avec alerte" : ` ${rule}`}, dans la liste des dossiers`);
  };
  const table = document.createElement("table");
  table.className = "data-table rule-counts";
  table.appendChild(document.createElement("caption")).textContent = caption;
  const head = table.appendChild(document.createElement("thead")).appendChild(document.createElement("tr"));
  const headers: [string, boolean][] = [["Code", false], ["Règle de financement", false], ["Alertes", true], ["Dossiers", true]];
  for (const [label, numeric] of headers) {
    const th = head.appendChild(document.createElement("th"));
    th.scope = "col";
    th.textContent = label;
    if (numeric) th.className = "num";
  }
  const body = table.appendChild(document.createElement("tbody"));
  for (const count of counts) {
    const tr = body.appendChild(document.createElement("tr"));
    const code = tr.appendChild(document.createElement("th"));
    code.scope = "row";
    if (href && count.alerts > 0) {
      const a = code.appendChild(document.createElement("a"));
      a.href = href(count.rule);
      // Out of context, "EVT_CAP" alone would not say where the link goes.
      a.setAttribute("aria-label", `Voir les alertes ${count.rule}`);
      appendBreakableCode(a, count.rule, document);
    } else {
      appendBreakableCode(code, count.rule, document);
    }
    tr.appendChild(document.createElement("td")).textContent = count.label;
    const alerts = tr.appendChild(document.createElement("td"));
    alerts.className = "num";
    alerts.textContent = formatInteger(count.alerts);
    const dossiers = tr.appendChild(document.createElement("td"));
    dossiers.className = "num";
    dossierCount(dossiers, count.dossiers, count.rule);
  }
  const foot = table.appendChild(document.createElement("tfoot")).appendChild(document.createElement("tr"));
  const totalHeader = foot.appendChild(document.createElement("th"));
  totalHeader.scope = "row";
  totalHeader.colSpan = 2;
  totalHeader.textContent = "Total";
  const alerts = foot.appendChild(document.createElement("td"));
  alerts.className = "num";
  alerts.textContent = formatInteger(counts.reduce((n, c) => n + c.alerts, 0));
  // Dossiers are not added up: a dossier can break several rules.
  const dossiers = foot.appendChild(document.createElement("td"));
  dossiers.className = "num";
  if (totalDossiers !== undefined) dossierCount(dossiers, totalDossiers, null);
  const count = (n: number) => exportCell(n, { style: "number", digits: 0 });
  setDownload(table, {
    caption,
    headers: ["Code", "Règle de financement", "Alertes", "Dossiers"],
    rows: [
      ...counts.map((c) => [exportCell(c.rule), exportCell(c.label), count(c.alerts), count(c.dossiers)]),
      [exportCell("Total"), exportCell(null), count(counts.reduce((n, c) => n + c.alerts, 0)), totalDossiers === undefined ? exportCell(null) : count(totalDossiers)]
    ]
  });
  return table;
}
