// The slices of the loaders' document (loaders/indicators/document.ts) that the site reads: the types are
// derived from the loaders' own, so that a renamed or retyped key breaks the site's type check.
import type { IndicatorsDocument } from "../../loaders/indicators/document.js";

type Document = IndicatorsDocument;

/** One envelope line (section × versant) and what was engaged and paid on it, in euros. */
export type BudgetLine = Pick<Document["budget"]["lines"][number], "section" | "versant" | "envelope" | "engaged" | "paid">;
export type BudgetTotal = Pick<Document["budget"]["total"], "envelope" | "engaged" | "paid">;
/** Counted events of an EPCI; per100k = per 100 000 inhabitants, 2 decimals. */
export type EpciEvents = Document["events"]["byEpci"][number];
export type DepartementEvents = Pick<Document["events"]["byDepartement"][number], "code" | "count">;
export type FunnelStage = Document["ideas"]["funnel"][number];
export type FileCounts = Pick<Document["files"][number], "file" | "read" | "kept" | "rejected">;
export type Alert = Document["alerts"][number];
export type RejectedRow = Document["rejected"][number];

/** What the overview needs of the document. */
export interface Indicators {
  budget: { lines: BudgetLine[]; total: BudgetTotal };
  events: { total: number; byEpci: EpciEvents[]; byDepartement: DepartementEvents[]; coverage: Pick<Document["events"]["coverage"], "epciWithEvent" | "epciTotal"> };
  ideas: Pick<Document["ideas"], "funnel" | "matured" | "abandoned">;
  qpv: Document["qpv"];
  files: FileCounts[];
  alerts: Alert[];
  rejected: RejectedRow[];
}
