import { describe, expect, it } from "vitest";
import { siteData } from "../../loaders/index.js";
import { overviewFixture } from "./fixture.js";

/** Every key path of a JSON value with its type ("budget.lines[].engaged: number"); arrays by their first element. */
function shape(value: unknown, path = ""): string[] {
  if (Array.isArray(value)) return value.length ? shape(value[0], `${path}[]`) : [`${path}: array`];
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => shape(child, path ? `${path}.${key}` : key));
  }
  return [`${path}: ${value === null ? "null" : typeof value}`];
}

describe("test/data/overview-fixture.json", () => {
  it("has exactly the keys and types of the overview dataset the loaders compute from data/sample", async () => {
    const data = await siteData({ dataDir: new URL("../../data/sample", import.meta.url).pathname });
    const real = new Set(shape(data["overview.json"]));
    const fixture = new Set(shape(overviewFixture()));
    expect({ missingFromSample: [...fixture].filter((e) => !real.has(e)), missingFromFixture: [...real].filter((e) => !fixture.has(e)) }).toEqual({
      missingFromSample: [],
      missingFromFixture: [],
    });
  }, 60_000);
});
