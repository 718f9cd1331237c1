import { type BudgetRow, budgetRow } from "./budget-rows.js";
import type { Indicators } from "./indicators-document.js";
import { ratio } from "./ratio.js";

/** The figures of the overview page's cards (counts, euros, fractions between 0 and 1). */
export interface OverviewSummary {
  budget: BudgetRow;
  events: { total: number; epciWithEvent: number; epciTotal: number; coverage: number };
  ideas: { emerged: number; matured: number; maturedShare: number; abandoned: number };
  qpv: { events: number; eventsQpvOrPublic: number; eventsInQpv: number; eventsPublicQpv: number; shareCount: number; shareAmount: number };
  quality: {
    alerts: number;
    rejected: number;
    read: number;
    rejectedShare: number;
    files: number;
    /** The files that had rejected rows, in the document's order (by name). */
    rejectedByFile: { file: string; rejected: number }[];
  };
}

/** Everything the overview shows, derived from the indicators document. */
export function overviewSummary(doc: Indicators): OverviewSummary {
  const { coverage } = doc.events;
  // Every idea reached at least the first stage, so its count is the number of ideas that emerged.
  const emerged = doc.ideas.funnel[0]?.count ?? 0;
  const read = doc.files.reduce((sum, file) => sum + file.read, 0);
  return {
    budget: budgetRow(doc.budget.total),
    events: { total: doc.events.total, ...coverage, coverage: ratio(coverage.epciWithEvent, coverage.epciTotal) },
    ideas: { emerged, matured: doc.ideas.matured, maturedShare: ratio(doc.ideas.matured, emerged), abandoned: doc.ideas.abandoned },
    qpv: { ...doc.qpv },
    quality: {
      alerts: doc.alerts.length,
      rejected: doc.rejected.length,
      read,
      rejectedShare: ratio(doc.rejected.length, read),
      files: doc.files.length,
      rejectedByFile: doc.files.filter((f) => f.rejected > 0).map(({ file, rejected }) => ({ file, rejected })),
    },
  };
}
