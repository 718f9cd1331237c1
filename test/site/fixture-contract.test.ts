import { describe, expect, it } from "vitest";
import { computeIndicators } from "../../loaders/index.js";
import { indicatorsFixture } from "./fixture.js";

/** Every key path of a JSON value with its type ("budget.lines[].engaged: number"); arrays by their first element. */
function shape(value: unknown, path = ""): string[] {
  if (Array.isArray(value)) return value.length ? shape(value[0], `${path}[]`) : [`${path}: array`];
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => shape(child, path ? `${path}.${key}` : key));
  }
  return [`${path}: ${value === null ? "null" : typeof value}`];
}

describe("test/data/indicators-fixture.json", () => {
  it("has the keys and types of the document the loaders compute from data/sample", async () => {
    const real = new Set(shape(await computeIndicators({ dataDir: new URL("../../data/sample", import.meta.url).pathname })));
    const missing = shape(indicatorsFixture()).filter((entry) => !real.has(entry));
    expect(missing).toEqual([]);
  }, 60_000);
});
