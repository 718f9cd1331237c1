import { readFileSync } from "node:fs";
import type { OverviewPage } from "../../loaders/site/overview-page.js";

/** The overview dataset of test/data/overview-fixture.json (see test/data/README.md). */
export function overviewFixture(): OverviewPage {
  return JSON.parse(readFileSync(new URL("../data/overview-fixture.json", import.meta.url), "utf8")) as OverviewPage;
}

/** The same fixture under its former name: its budget lines, events by département and idea funnel are the analysts' document's. */
export const indicatorsFixture = overviewFixture;
