import { describe, expect, it } from "vitest";
import { fuzzCases, runFuzz } from "./run-fuzz.js";

describe("fuzzed exports", () => {
  it("either load with every row accounted for, or are refused with one line naming the file; never crash nor hang", async () => {
    const report = await runFuzz(fuzzCases(300, 1789), { timeoutMs: 15_000 });
    expect(report.examples).toEqual([]);
    expect(report).toMatchObject({ cases: 300, uncaught: 0, hangs: 0, mismatches: 0 });
    // The mutations must exercise both paths, or the test proves nothing.
    expect(report.loaded).toBeGreaterThan(30);
    expect(report.refused).toBeGreaterThan(30);
  }, 600_000);
});
