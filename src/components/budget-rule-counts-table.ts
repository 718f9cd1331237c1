import type { RuleCount } from "./budget-alerts.js";
import { formatInteger } from "./format.js";

export interface RuleCountsTableOptions {
  caption: string;
  /** The address of a rule's alerts: the code of each rule that raised some becomes a link to it; no links when absent. */
  href?: (rule: string) => string;
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
export function ruleCountsTable(counts: readonly RuleCount[], { caption, href, document = globalThis.document }: RuleCountsTableOptions): HTMLTableElement {
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
    for (const value of [count.alerts, count.dossiers]) {
      const td = tr.appendChild(document.createElement("td"));
      td.className = "num";
      td.textContent = formatInteger(value);
    }
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
  foot.appendChild(document.createElement("td"));
  return table;
}
