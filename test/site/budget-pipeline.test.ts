import { describe, expect, it } from "vitest";
import { pipelineFor } from "../../src/components/budget-pipeline.js";

const pipeline = {
  count: 3,
  requested: 10_900,
  byVersant: [
    { versant: "Nord-Pas-de-Calais", count: 2, requested: 7_900 },
    { versant: "Picardie", count: 1, requested: 3_000 }
  ]
};

describe("pipelineFor", () => {
  it("adds the requested amounts to the engaged, in total or for one versant", () => {
    expect(pipelineFor(pipeline, null, { engaged: 444_075, envelope: 700_000 })).toEqual({ count: 3, requested: 10_900, engagedIfVoted: 454_975, engagedIfVotedRate: 454_975 / 700_000 });
    expect(pipelineFor(pipeline, "Picardie", { engaged: 100_000.1, envelope: 300_000 })).toEqual({ count: 1, requested: 3_000, engagedIfVoted: 103_000.1, engagedIfVotedRate: 103_000.1 / 300_000 });
  });

  it("is empty for a versant with nothing pending, and 0 % of an empty envelope", () => {
    expect(pipelineFor({ count: 0, requested: 0, byVersant: [] }, "Picardie", { engaged: 0, envelope: 0 })).toEqual({ count: 0, requested: 0, engagedIfVoted: 0, engagedIfVotedRate: 0 });
  });
});
