import { describe, expect, it } from "vitest";
import config from "../../observablehq.config.js";
import { SAMPLE_DATA_DIR, dataDirFromEnv } from "../../loaders/config/data-dir.js";
import { reviewYearsOf } from "../../loaders/review/review-years.js";

describe("the annual reviews in observablehq.config", () => {
  it("lists one sidebar link per year of the exports the build reads, and a route per year for the region and each département, none hard-coded", async () => {
    const years = await reviewYearsOf({ dataDir: dataDirFromEnv() });
    expect(years.length).toBeGreaterThan(0);
    const section = config.pages.find((p) => p.name === "Bilans annuels");
    expect(section && "pages" in section ? section.pages : null).toEqual(years.map((year) => ({ name: `Bilan ${year}`, path: `/bilan/${year}` })));
    expect(config.dynamicPaths).toEqual(years.flatMap((year) => ["", "-02", "-59", "-60", "-62", "-80"].map((departement) => `/bilan/${year}${departement}`)));
  });

  it("finds the sample's four years of decisions", async () => {
    expect(await reviewYearsOf({ dataDir: SAMPLE_DATA_DIR })).toEqual([2016, 2017, 2018, 2019]);
  });
});
