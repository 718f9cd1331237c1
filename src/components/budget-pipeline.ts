import type { BudgetPage } from "../../loaders/site/budget-page.js";
import { ratio } from "./ratio.js";

/** Pending applications of the chosen versant (a request carries no section) and what engaged would become if all were voted as requested (€, share 0–1 of the envelope). */
export function pipelineFor(
  pipeline: BudgetPage["pipeline"],
  versant: string | null,
  { engaged, envelope }: { engaged: number; envelope: number }
): { count: number; requested: number; engagedIfVoted: number; engagedIfVotedRate: number } {
  const chosen = versant === null ? pipeline : (pipeline.byVersant.find((v) => v.versant === versant) ?? { count: 0, requested: 0 });
  const engagedIfVoted = Math.round((engaged + chosen.requested) * 100) / 100;
  return { count: chosen.count, requested: chosen.requested, engagedIfVoted, engagedIfVotedRate: ratio(engagedIfVoted, envelope) };
}
