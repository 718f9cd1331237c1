import type { BudgetPage } from "./budget-page.js";
import type { DataQualityPage } from "./data-quality-page.js";
import type { IdeasPage } from "./ideas-page.js";
import type { OverviewPage } from "./overview-page.js";
import type { ReviewPage } from "./review-page.js";
import type { SocialInnovationPage } from "./social-innovation-page.js";

/** The site's data of the public edition: the overview carries which edition it is, for the pages to leave sections out. */
export type PublicOverview = OverviewPage & { edition: "public" };

/** The site's data files the public edition publishes (cut down below); any other file stays in the full edition. */
const PUBLIC_FILES = ["overview.json", "budget.json", "territoires.json", "idees.json", "politique-ville.json", "tiers-lieux.json", "innovation-sociale.json", "qualite.json", "bilan.json"];

/**
 * The full edition's data cut down to what an official may publish: no alert, no rejected row, no file report, and no
 * row naming a dossier unless `published` holds it (the voted grants of the SCDL file, already public). The overview
 * and the budget are rebuilt field by field, so that a field added to them later is left out until chosen here.
 */
export function publicSiteData(data: Record<string, unknown>, published: ReadonlySet<string>): Record<string, unknown> {
  const overview = data["overview.json"] as OverviewPage;
  const budget = data["budget.json"] as BudgetPage;
  const ideas = data["idees.json"] as IdeasPage;
  const social = data["innovation-sociale.json"] as SocialInnovationPage;
  const quality = data["qualite.json"] as DataQualityPage;
  const review = data["bilan.json"] as ReviewPage;
  // A review's highlighted events name dossiers: only those the SCDL file publishes stay, for the region and each département.
  const publishedReviews = (reviews: ReviewPage["reviews"]) => reviews.map((r) => ({ ...r, highlights: r.highlights.filter((h) => published.has(h.dossier)) }));
  return {
    ...Object.fromEntries(Object.entries(data).filter(([file]) => PUBLIC_FILES.includes(file))),
    "overview.json": {
      edition: "public",
      exportsDate: overview.exportsDate,
      budget: overview.budget,
      envelope: overview.envelope,
      // What changed names dossiers (new, unvoted, in alert): the public edition shows the current export, and the history of the aggregates.
      changes: null,
      history: overview.history,
      events: overview.events,
      ideas: overview.ideas,
      qpv: overview.qpv,
      files: [],
      alerts: { count: 0, dossiers: 0 },
      rejected: { count: 0 },
      tiersLieux: overview.tiersLieux,
      socialInnovation: overview.socialInnovation
    } satisfies PublicOverview,
    "budget.json": { lines: budget.lines, total: budget.total, pipeline: budget.pipeline, forecast: budget.forecast, timeline: budget.timeline, envelope: budget.envelope, months: budget.months, splits: budget.splits, rules: [], alerts: [], alertCount: 0, alertCountByRule: [] } satisfies BudgetPage,
    "idees.json": { ...ideas, byEvent: ideas.byEvent.filter((e) => published.has(e.dossier)) } satisfies IdeasPage,
    // The AMI recognises projects without funding them: no assessment is in the SCDL file; only their averages are shown.
    "innovation-sociale.json": { ...social, assessments: [] } satisfies SocialInnovationPage,
    // The budget page names the envelope's source; the rest of the quality data stays in the full edition.
    "qualite.json": { ...quality, files: quality.files.filter((f) => f.kind === "enveloppes").map((f) => ({ ...f, rejected: 0, read: f.kept, extraColumns: [] })), rejected: [], rejectedCount: 0, byColumn: [], alertsByRule: [] } satisfies DataQualityPage,
    "bilan.json": { ...review, reviews: publishedReviews(review.reviews), departements: review.departements.map((d) => ({ ...d, reviews: publishedReviews(d.reviews) })) } satisfies ReviewPage
  };
}
