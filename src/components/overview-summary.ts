import type { OverviewPage } from "../../loaders/site/overview-page.js";
import type { BudgetRow } from "./budget-rows.js";
import { ratio } from "./ratio.js";

/** The figures of the overview page's cards (counts, euros, shares 0–1), the analysts' own wherever they have one. */
export interface OverviewSummary {
  /** Latest date found in the exports (`YYYY-MM-DD`), or null when none was. */
  exportsDate: string | null;
  budget: BudgetRow;
  events: { total: number; epciWithEvent: number; epciTotal: number; coverage: number };
  ideas: { emerged: number; matured: number; maturedShare: number; abandoned: number };
  qpv: { events: number; eventsQpvOrPublic: number; eventsInQpv: number; eventsPublicQpv: number; shareCount: number; shareAmount: number };
  quality: {
    alerts: number;
    /** Distinct dossiers the alerts are about. */
    alertDossiers: number;
    rejected: number;
    read: number;
    rejectedShare: number;
    files: number;
    /** The files that had rejected rows, in the document's order (by name). */
    rejectedByFile: { file: string; rejected: number }[];
  };
}

/** Everything the overview's cards show, taken from the overview dataset (the analysts' document without its lists). */
export function overviewSummary(page: OverviewPage): OverviewSummary {
  const { total } = page.budget;
  // Every idea reached at least the first stage, so its count is the number of ideas that emerged.
  const emerged = page.ideas.funnel[0]?.count ?? 0;
  const read = page.files.reduce((sum, file) => sum + file.read, 0);
  const { epciWithEvent, epciTotal, share } = page.events.coverage;
  return {
    exportsDate: page.exportsDate,
    budget: {
      label: "Total",
      envelope: total.envelope,
      engaged: total.engaged,
      paid: total.paid,
      left: total.left,
      engagedRate: total.engagedRate,
      paidRate: total.paidRate,
      leftRate: ratio(total.left, total.envelope),
      paidOfEngaged: ratio(total.paid, total.engaged),
    },
    events: { total: page.events.total, epciWithEvent, epciTotal, coverage: share },
    ideas: { emerged, matured: page.ideas.matured, maturedShare: page.ideas.maturedShare, abandoned: page.ideas.abandoned },
    qpv: { ...page.qpv },
    quality: {
      alerts: page.alerts.count,
      alertDossiers: page.alerts.dossiers,
      rejected: page.rejected.count,
      read,
      rejectedShare: ratio(page.rejected.count, read),
      files: page.files.length,
      rejectedByFile: page.files.filter((f) => f.rejected > 0).map(({ file, rejected }) => ({ file, rejected })),
    },
  };
}


