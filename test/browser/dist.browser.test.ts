// The built site as files: nothing fetched from another host, no personal data even when the exports hold some.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { thirdPartyUrls } from "../site/dist-scan.js";
import { MARKER_PREFIX } from "./marked-sample.js";
import { scanForPersonal } from "./personal-scan.js";
import { markedSite, sampleSite } from "./site.js";

/** The overview dataset Framework extracted from the site archive (its file name carries a content hash). */
function overviewDataset(dist: string): unknown {
  const dir = join(dist, "_file", "data", "site");
  const file = readdirSync(dir).find((name) => /^overview\.[0-9a-f]+\.json$/.test(name));
  if (!file) throw new Error(`no overview dataset in ${dir}`);
  return JSON.parse(readFileSync(join(dir, file), "utf8"));
}

describe("the site built from data/sample", () => {
  it("names no other host in any file (every script, style, font and dataset is served by the site)", () => {
    expect(thirdPartyUrls(sampleSite().dist)).toEqual([]);
  });

  it("holds no e-mail address or phone number (the sample's contacts are never published)", async () => {
    expect(await scanForPersonal(sampleSite().dist, MARKER_PREFIX)).toEqual([]);
  });
});

describe("the site built from exports whose Contact, Porteur and Email cells hold unique markers", () => {
  it("was built from exports that really held markers in the three columns", () => {
    const { markers } = markedSite();
    for (const column of ["contact", "porteur", "email"]) expect(markers.filter((m) => m.includes(`-${column}-`)).length, column).toBeGreaterThan(0);
  });

  it("has the sample's overview figures (the load kept every row: markers are no reason to reject one)", () => {
    expect(overviewDataset(markedSite().dist)).toEqual(overviewDataset(sampleSite().dist));
  });

  it("holds no marker, e-mail address or phone number in any file (ZIP archives opened)", async () => {
    expect(await scanForPersonal(markedSite().dist, MARKER_PREFIX)).toEqual([]);
  });
});
