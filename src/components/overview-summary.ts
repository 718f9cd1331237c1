import type { OverviewPage } from "../../loaders/site/overview-page.js";
import type { BudgetRow } from "./budget-rows.js";
import { ratio } from "./ratio.js";

/** An amount in € rounded to the cent, free of binary residue. */
const cents = (euros: number): number => Math.round(euros * 100) / 100;

/** The figures of the overview page's cards (counts, euros, shares 0–1), the analysts' own wherever they have one. */
export interface OverviewSummary {
  /** The current export's date (`YYYY-MM-DD`), or null when its rows carry none. */
  exportsDate: string | null;
  budget: BudgetRow;
  /** Pending applications, and what engaged would become if they were all voted as requested (€, share 0–1). */
  pipeline: { count: number; requested: number; engagedIfVoted: number; engagedIfVotedRate: number };
  forecast: OverviewPage["budget"]["forecast"];
  envelope: OverviewPage["envelope"];
  /** Since the previous export; null with a single export. */
  changes: {
    previous: string;
    engaged: number;
    paid: number;
    /** Change of what is left to engage (€): −engaged. */
    left: number;
    newDossiers: number;
    statusChanges: number;
    newPayments: { count: number; amount: number };
    newAlerts: number;
    resolvedAlerts: number;
  } | null;
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
    pipeline: {
      count: page.budget.pipeline.count,
      requested: page.budget.pipeline.requested,
      engagedIfVoted: cents(total.engaged + page.budget.pipeline.requested),
      engagedIfVotedRate: ratio(total.engaged + page.budget.pipeline.requested, total.envelope),
    },
    forecast: page.budget.forecast,
    envelope: page.envelope,
    changes: page.changes && {
      previous: page.changes.previous,
      engaged: page.changes.engaged,
      paid: page.changes.paid,
      left: cents(-page.changes.engaged),
      newDossiers: page.changes.newDossiers.length,
      statusChanges: page.changes.statusChanges.length,
      newPayments: page.changes.newPayments,
      newAlerts: page.changes.alerts.new.length,
      resolvedAlerts: page.changes.alerts.resolved.length,
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


