import { readFileSync } from "node:fs";
import type { Indicators } from "../../src/components/indicators-document.js";

/** The indicators document of test/data/indicators-fixture.json (see test/data/README.md). */
export function indicatorsFixture(): Indicators {
  return JSON.parse(readFileSync(new URL("../data/indicators-fixture.json", import.meta.url), "utf8")) as Indicators;
}
