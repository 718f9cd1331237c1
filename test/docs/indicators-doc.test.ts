import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { computeIndicators } from "../../loaders/indicators/compute-indicators.js";

const doc = readFileSync(new URL("../../docs/indicators.md", import.meta.url), "utf8");
const SAMPLE = fileURLToPath(new URL("../../data/sample", import.meta.url));

/** Every key path of a JSON value (`budget.total.envelope`, `events.byEpci[].siren`), objects and arrays walked. */
function keyPaths(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) return value.length === 0 ? [] : keyPaths(value[0], `${prefix}[]`);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, v]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...keyPaths(v, path)];
  });
}

describe("docs/indicators.md", () => {
  it("documents a JSON document whose every key the analysts' command prints, on the sample's dated exports", async () => {
    const block = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(block).toBeDefined();
    const documented = keyPaths(JSON.parse(block!));
    expect(documented).toContain("changes.alerts.resolved");
    expect(documented).toContain("budget.forecast.exhaustion");
    const printed = new Set(keyPaths(await computeIndicators({ dataDir: SAMPLE })));
    expect(documented.filter((path) => !printed.has(path))).toEqual([]);
  });
});
