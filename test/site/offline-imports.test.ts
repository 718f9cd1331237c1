import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findCdnUses } from "./offline-imports.js";

const SRC = new URL("../../src/", import.meta.url).pathname;

/** The site's pages and components (Markdown and modules), relative to src/. */
function siteSources(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(md|js|ts)$/.test(file) && !file.startsWith(".observablehq") && !file.startsWith("data/"))
    .sort();
}

describe("the site's sources", () => {
  it.each(siteSources())("%s loads nothing from a CDN", (file) => {
    expect(findCdnUses(readFileSync(join(SRC, file), "utf8"))).toEqual([]);
  });
});

describe("findCdnUses", () => {
  it("accepts libraries imported from node_modules and JSON attachments", () => {
    const page = [
      'import * as Plot from "@observablehq/plot";',
      'import * as d3 from "d3";',
      'import {html} from "htl";',
      'const data = FileAttachment("data/indicators.json").json();',
      "display(Plot.plot({marks: [Plot.dot(data)]}));",
      "display(html`<p>${d3.sum([1, 2])}</p>`);",
    ].join("\n");
    expect(findCdnUses(page)).toEqual([]);
  });

  it("flags implicit globals used without an import", () => {
    expect(findCdnUses("display(Plot.plot({}))")).toEqual(["the implicit global Plot (import it from node_modules)"]);
    expect(findCdnUses("const x = view(Inputs.range([0, 1]));")).toHaveLength(1);
    expect(findCdnUses("display(html`<b>x</b>`)")).toHaveLength(1);
    expect(findCdnUses("const s = d3.sum(values);")).toHaveLength(1);
  });

  it("flags npm: imports, SQL blocks and CDN-backed file methods", () => {
    expect(findCdnUses('import * as Plot from "npm:@observablehq/plot";\nPlot.plot({})')).toHaveLength(2);
    expect(findCdnUses("```sql\nSELECT 1\n```")).toHaveLength(1);
    expect(findCdnUses('const rows = FileAttachment("a.csv").csv({typed: true});')).toHaveLength(1);
    expect(findCdnUses('const t = FileAttachment("a.parquet").parquet();')).toHaveLength(1);
  });
});
