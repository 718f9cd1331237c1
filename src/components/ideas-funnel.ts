import type { StageCounts } from "../../loaders/site/ideas-page.js";
import { ratio } from "./ratio.js";

/** One stage of the funnel (counts of ideas, shares 0–1). */
export interface FunnelStep {
  stage: string;
  /** Ideas that reached this stage or a later one (abandoned ones included). */
  reached: number;
  /** Ideas whose furthest stage is this one. */
  atStage: number;
  /** Of those, the ideas whose team stopped there (abandoned). */
  abandoned: number;
  /** `reached` over the ideas that emerged. */
  shareOfEmerged: number;
  /** `reached` over the previous stage's `reached`; null for the first stage. */
  conversion: number | null;
}

/** The funnel and its headline figures (counts of ideas, shares 0–1 of the emerged ideas). */
export interface IdeasFunnel {
  steps: FunnelStep[];
  emerged: number;
  /** Ideas at stage « Mûrie » or later. */
  matured: number;
  maturedShare: number;
  abandoned: number;
  abandonedShare: number;
}

/** The stage from which an idea counts as matured (the contract: « Mûrie » or later). */
export const MATURED_STAGE = "Mûrie";

/** Ideas that reached each stage or a later one: the counts by furthest stage summed from the end. */
export function reachedCounts(atStage: readonly number[]): number[] {
  const reached = Array.from({ length: atStage.length }, () => 0);
  let later = 0;
  for (let i = atStage.length - 1; i >= 0; i--) {
    later += atStage[i] ?? 0;
    reached[i] = later;
  }
  return reached;
}

/** The funnel of `stages` from the ideas counted by furthest stage: reached counts, shares of emerged, conversions. */
export function ideasFunnel(stages: readonly string[], counts: StageCounts): IdeasFunnel {
  const reached = reachedCounts(stages.map((_, i) => counts.atStage[i] ?? 0));
  // Every idea reached the first stage, so the first reached count is the number of ideas that emerged.
  const emerged = reached[0] ?? 0;
  const steps = stages.map((stage, i) => ({
    stage,
    reached: reached[i] ?? 0,
    atStage: counts.atStage[i] ?? 0,
    abandoned: counts.abandonedAtStage[i] ?? 0,
    shareOfEmerged: ratio(reached[i] ?? 0, emerged),
    conversion: i === 0 ? null : ratio(reached[i] ?? 0, reached[i - 1] ?? 0),
  }));
  const maturedIndex = stages.indexOf(MATURED_STAGE);
  const matured = maturedIndex < 0 ? 0 : (reached[maturedIndex] ?? 0);
  const abandoned = steps.reduce((sum, step) => sum + step.abandoned, 0);
  return { steps, emerged, matured, maturedShare: ratio(matured, emerged), abandoned, abandonedShare: ratio(abandoned, emerged) };
}
