import type { IndicatorsDocument } from "../indicators/document.js";

/** The overview's figures: the analysts' document without its dossier-level lists, which only their counts replace. */
export interface OverviewPage {
  /** Latest date found in the exports (`YYYY-MM-DD`). */
  exportsDate: string | null;
  budget: Pick<IndicatorsDocument["budget"], "lines" | "total">;
  events: IndicatorsDocument["events"];
  ideas: IndicatorsDocument["ideas"];
  qpv: IndicatorsDocument["qpv"];
  files: IndicatorsDocument["files"];
  alerts: { count: number; dossiers: number };
  rejected: { count: number };
}

/** The overview page's data, taken from the analysts' document so that both always agree. */
export function overviewPage(document: IndicatorsDocument, exportsDate: string | null): OverviewPage {
  return {
    exportsDate,
    budget: { lines: document.budget.lines, total: document.budget.total },
    events: document.events,
    ideas: document.ideas,
    qpv: document.qpv,
    files: document.files,
    alerts: { count: document.alerts.length, dossiers: new Set(document.alerts.map((a) => a.dossier)).size },
    rejected: { count: document.rejected.length }
  };
}
