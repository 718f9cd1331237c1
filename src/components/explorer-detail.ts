import { dispositifLabel } from "./budget-splits.js";
import { departementLabel } from "./departements.js";
import type { ExplorerDetail } from "./explorer-format.js";
import { centsText } from "./explorer-list.js";
import type { ExplorerRow } from "./explorer-table.js";
import { MISSING, formatDate, formatEuros } from "./format.js";

export interface ExplorerDetailOptions {
  /** French label of each rule code. */
  rules: ReadonlyMap<string, string>;
  onClose: () => void;
  document?: Document;
}

/** A small table with a caption, column headers and the first cell of each row as its header. */
function smallTable(document: Document, caption: string, headers: readonly string[], rows: readonly (readonly string[])[], numeric: ReadonlySet<number> = new Set()): HTMLElement {
  const scroll = document.createElement("div");
  scroll.className = "table-wide";
  const table = scroll.appendChild(document.createElement("table"));
  table.className = "explorer-detail-table";
  table.createCaption().textContent = caption;
  const head = table.createTHead().insertRow();
  headers.forEach((h, i) => {
    const th = head.appendChild(document.createElement("th"));
    th.scope = "col";
    th.textContent = h;
    if (numeric.has(i)) th.className = "num";
  });
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    row.forEach((text, i) => {
      const c = tr.appendChild(document.createElement(i === 0 ? "th" : "td"));
      if (i === 0) c.setAttribute("scope", "row");
      c.textContent = text;
      if (numeric.has(i)) c.className = "num";
    });
  }
  return scroll;
}

/** The facts of a dossier as a description list. */
function facts(document: Document, pairs: readonly [string, string][]): HTMLDListElement {
  const list = document.createElement("dl");
  list.className = "explorer-facts";
  for (const [term, value] of pairs) {
    const wrapper = list.appendChild(document.createElement("div"));
    wrapper.appendChild(document.createElement("dt")).textContent = term;
    wrapper.appendChild(document.createElement("dd")).textContent = value;
  }
  return list;
}

/**
 * The detail panel of a dossier: its facts, voted and paid per section, its payments, the ideas of an event and
 * their stages, the twelve marker scores of an AMI project, and its alerts with the rule in French (code beside it).
 */
export function explorerDetail(row: ExplorerRow, detail: ExplorerDetail | undefined, { rules, onClose, document = globalThis.document }: ExplorerDetailOptions): HTMLElement {
  const panel = document.createElement("section");
  panel.className = "card explorer-detail";
  const headingId = `dossier-${row.id.replace(/[^\w-]/g, "_")}`;
  panel.setAttribute("aria-labelledby", headingId);
  const heading = panel.appendChild(document.createElement("h2"));
  heading.id = headingId;
  heading.tabIndex = -1;
  heading.textContent = `Dossier ${row.id}${row.beneficiaire ? ` — ${row.beneficiaire}` : ""}`;
  const close = panel.appendChild(document.createElement("button"));
  close.type = "button";
  close.className = "explorer-close";
  close.textContent = "Fermer le détail";
  close.addEventListener("click", onClose);
  panel.appendChild(
    facts(document, [
      ["Intitulé", detail?.intitule ?? MISSING],
      ["Dispositif", dispositifLabel(row.dispositif)],
      ["Statut", row.statut],
      ["Commune", `${row.commune}, ${departementLabel(row.departement)}`],
      ["EPCI", row.epciName ?? MISSING],
      ["Dépôt", formatDate(row.depot)],
      ["Vote ou label", row.vote ? formatDate(row.vote) : MISSING],
      ["Engagé (au sens des indicateurs)", centsText(row.engaged)]
    ])
  );
  const euros = (cents: number) => formatEuros(cents / 100, { cents: true });
  panel.appendChild(
    smallTable(document, "Voté et payé net par section", ["Section", "Voté", "Payé net"], [
      ["Fonctionnement", euros(row.voteF), euros(row.paidF)],
      ["Investissement", euros(row.voteI), euros(row.paidI)],
      ["Total", euros(row.voted), euros(row.paid)]
    ], new Set([1, 2]))
  );
  const payments = detail?.payments ?? [];
  panel.appendChild(
    payments.length === 0
      ? paragraph(document, "Aucun paiement.")
      : smallTable(document, "Paiements (un reversement est négatif)", ["Date", "N° mandat", "Section", "Type", "Montant net"], payments.map(([day, mandat, section, type, amount]) => [formatDate(day), mandat, section, type, euros(amount)]), new Set([4]))
  );
  const ideas = detail?.ideas ?? [];
  if (ideas.length > 0 || row.dispositif === "INS'pir - Événement créatif") {
    panel.appendChild(
      ideas.length === 0
        ? paragraph(document, "Aucune idée suivie pour cet événement.")
        : smallTable(document, "Idées nées de l’événement et leur étape (1 Émergée à 6 Activité créée)", ["N° idée", "Titre", "Étape", "Abandonnée"], ideas.map(([id, titre, etape, rank, abandonnee]) => [id, titre ?? MISSING, `${rank}. ${etape}`, abandonnee ? "Oui" : "Non"]))
    );
  }
  const markers = detail?.markers ?? [];
  if (markers.length > 0) {
    panel.appendChild(
      smallTable(document, "Notes des marqueurs d’innovation sociale (0 à 3)", ["N°", "Marqueur", "Note", "Comité"], markers.map(([rank, marker, score, day]) => [String(rank), marker, String(score).replace(".", ","), day ? formatDate(day) : MISSING]), new Set([2]))
    );
  }
  const alerts = detail?.alerts ?? [];
  panel.appendChild(
    alerts.length === 0
      ? paragraph(document, "Aucune alerte.")
      : smallTable(document, "Alertes des règles de financement", ["Règle", "Code", "Section", "Constat"], alerts.map(([rule, section, , , message]) => [rules.get(rule) ?? rule, rule, section ?? "Les deux", message]))
  );
  return panel;
}

function paragraph(document: Document, text: string): HTMLParagraphElement {
  const p = document.createElement("p");
  p.textContent = text;
  return p;
}
