import type { IndicatorsDocument } from "../indicators/document.js";
import { share } from "../indicators/rounding.js";
import type { EnvelopeLine } from "./envelope-composition.js";
import type { SocialInnovationPage } from "./social-innovation-page.js";
import type { TiersLieuxPage } from "./tiers-lieux-page.js";

/** The overview's figures: the analysts' document without its dossier-level lists, which only their counts replace. */
export interface OverviewPage {
  /** The current export's date (`YYYY-MM-DD`). */
  exportsDate: string | null;
  budget: Pick<IndicatorsDocument["budget"], "lines" | "total" | "pipeline" | "forecast">;
  /** What the envelope is made of. */
  envelope: EnvelopeLine[];
  changes: IndicatorsDocument["changes"];
  history: IndicatorsDocument["history"];
  events: IndicatorsDocument["events"];
  ideas: IndicatorsDocument["ideas"];
  qpv: IndicatorsDocument["qpv"];
  files: IndicatorsDocument["files"];
  alerts: { count: number; dossiers: number };
  rejected: { count: number };
  /** EPCI with a voted tiers-lieu aid (coverage share 0–1), voted aids and their amount (€). */
  tiersLieux: { epciWithAid: number; epciTotal: number; coverage: number; dossiers: number; voted: number };
  socialInnovation: { amiDossiers: number; assessments: number };
}

/** The overview page's data, taken from the analysts' document so that both always agree. */
export function overviewPage(document: IndicatorsDocument, tiersLieux: TiersLieuxPage, socialInnovation: SocialInnovationPage, envelope: EnvelopeLine[]): OverviewPage {
  // Summed in cents so that adding many amounts leaves no binary residue.
  const votedCents = tiersLieux.years.reduce((sum, y) => sum + Math.round(y.fonctionnement * 100) + Math.round(y.investissement * 100), 0);
  return {
    exportsDate: document.exportDate,
    budget: { lines: document.budget.lines, total: document.budget.total, pipeline: document.budget.pipeline, forecast: document.budget.forecast },
    envelope,
    changes: document.changes,
    history: document.history,
    events: document.events,
    ideas: document.ideas,
    qpv: document.qpv,
    files: document.files,
    alerts: { count: document.alerts.length, dossiers: new Set(document.alerts.map((a) => a.dossier)).size },
    rejected: { count: document.rejected.length },
    tiersLieux: {
      epciWithAid: tiersLieux.epciWithAid,
      epciTotal: tiersLieux.epciTotal,
      coverage: share(tiersLieux.epciWithAid, tiersLieux.epciTotal),
      dossiers: tiersLieux.years.reduce((sum, y) => sum + y.dossiers, 0),
      voted: votedCents / 100
    },
    socialInnovation: { amiDossiers: socialInnovation.amiDossiers, assessments: socialInnovation.assessmentCount }
  };
}
