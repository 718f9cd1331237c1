import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../loaders/config/config-error.js";
import { editionFromEnv } from "../../loaders/site/edition.js";
import { publicSiteData } from "../../loaders/site/public-site-data.js";
import { preparePublicRoot } from "../../loaders/site/public-root.js";

const stages = { atStage: [1, 0, 0, 0, 0, 0], abandonedAtStage: [0, 0, 0, 0, 0, 0] };
const highlight = (dossier: string) => ({ dossier, intitule: `Action ${dossier}`, beneficiaire: null, commune: "Lille", departement: "59", participants: 10, dateAction: null, labellisation: null });

/** The full edition's data, reduced to the fields the public edition changes, and one it keeps as is. */
const full = {
  "overview.json": { exportsDate: "2019-12-31", budget: "b", events: "e", ideas: "i", qpv: "q", files: [{ file: "dossiers.csv", read: 3, kept: 2, rejected: 1 }], alerts: { count: 2, dossiers: 1 }, rejected: { count: 1 }, tiersLieux: "t", socialInnovation: "s", envelope: "v", history: "h", changes: { newDossiers: ["D9"] } },
  "evolutions.json": { newDossiers: [{ dossier: "D9" }] },
  "budget.json": { lines: ["kept"], total: "t", months: "m", splits: "s", pipeline: "p", forecast: "f", timeline: "tl", envelope: "v", pending: ["D9"], rules: [{ code: "EVT_CAP", label: "Plafond" }], alerts: [{ dossier: "D1", rule: "EVT_CAP", message: "Voté 20 000 €" }], alertCount: 2, alertCountByRule: [{ rule: "EVT_CAP", alerts: 2, dossiers: 1 }] },
  "idees.json": { eventCount: 2, byEvent: [{ dossier: "D1", year: 2017, ...stages }, { dossier: "D9", year: 2017, ...stages }] },
  "innovation-sociale.json": { assessmentCount: 1, average: [2], assessments: [{ dossier: "A1", scores: [2] }] },
  "qualite.json": {
    files: [{ file: "dossiers.csv", kind: "dossiers", read: 3, kept: 2, rejected: 1, extraColumns: [] }, { file: "enveloppes.csv", kind: "enveloppes", read: 5, kept: 4, rejected: 1, extraColumns: ["Note"] }],
    rejected: [{ file: "dossiers.csv", line: 3, column: "SIRET", value: "123", reason: "SIRET invalide" }],
    rejectedCount: 1,
    byColumn: [{ file: "dossiers.csv", column: "SIRET", rows: 1 }],
    alertsByRule: [{ rule: "EVT_CAP", label: "Plafond", alerts: 2, dossiers: 1 }],
    enveloppesSource: "export"
  },
  "bilan.json": { years: [2017], reviews: [{ year: 2017, highlights: [highlight("D1"), highlight("D9")] }], departements: [{ code: "80", epciTotal: 1, reviews: [{ year: 2017, highlights: [highlight("D9"), highlight("D1")] }] }] },
  "territoires.json": { epci: ["unchanged"] },
  "changes.json": { newDossiers: ["D9"] }
};

describe("publicSiteData", () => {
  it("keeps the aggregates, drops alerts, rejected rows and file reports, and names only the published dossiers", () => {
    const data = publicSiteData(full, new Set(["D1"]));
    // A file or an overview or budget field it does not know (here `changes`, `pending`) is left out.
    expect(Object.keys(data)).not.toContain("changes.json");
    // What changed names dossiers (new, unvoted, in alert): the Évolutions data and the overview's changes stay in the full edition.
    expect(Object.keys(data)).not.toContain("evolutions.json");
    expect(data["overview.json"]).toEqual({ edition: "public", exportsDate: "2019-12-31", budget: "b", events: "e", ideas: "i", qpv: "q", files: [], alerts: { count: 0, dossiers: 0 }, rejected: { count: 0 }, tiersLieux: "t", socialInnovation: "s", envelope: "v", history: "h", changes: null });
    expect(data["budget.json"]).toEqual({ lines: ["kept"], total: "t", months: "m", splits: "s", pipeline: "p", forecast: "f", timeline: "tl", envelope: "v", rules: [], alerts: [], alertCount: 0, alertCountByRule: [] });
    expect((data["idees.json"] as { byEvent: { dossier: string }[] }).byEvent.map((e) => e.dossier)).toEqual(["D1"]);
    expect(data["innovation-sociale.json"]).toEqual({ assessmentCount: 1, average: [2], assessments: [] });
    expect(data["qualite.json"]).toEqual({
      files: [{ file: "enveloppes.csv", kind: "enveloppes", read: 4, kept: 4, rejected: 0, extraColumns: [] }],
      rejected: [],
      rejectedCount: 0,
      byColumn: [],
      alertsByRule: [],
      enveloppesSource: "export"
    });
    expect((data["bilan.json"] as { reviews: { highlights: { dossier: string }[] }[] }).reviews[0]!.highlights.map((h) => h.dossier)).toEqual(["D1"]);
    // A département's review names only published dossiers too.
    expect((data["bilan.json"] as { departements: { reviews: { highlights: { dossier: string }[] }[] }[] }).departements[0]!.reviews[0]!.highlights.map((h) => h.dossier)).toEqual(["D1"]);
    expect(data["territoires.json"]).toBe(full["territoires.json"]);
  });
});

describe("editionFromEnv", () => {
  it("reads INSPIR_EDITION (full by default) and refuses another value in French", () => {
    expect(editionFromEnv({})).toBe("full");
    expect(editionFromEnv({ INSPIR_EDITION: "full" })).toBe("full");
    expect(editionFromEnv({ INSPIR_EDITION: " public " })).toBe("public");
    expect(() => editionFromEnv({ INSPIR_EDITION: "publique" })).toThrow(ConfigError);
    expect(() => editionFromEnv({ INSPIR_EDITION: "publique" })).toThrow("INSPIR_EDITION doit valoir « full » ou « public » (reçu « publique »)");
  });
});

describe("preparePublicRoot", () => {
  it("copies the source root without the left-out pages and Framework's cache, replacing an older copy", () => {
    const dir = mkdtempSync(join(tmpdir(), "inspir-root-"));
    const src = join(dir, "src");
    for (const sub of ["components", "data", ".observablehq/cache"]) mkdirSync(join(src, sub), { recursive: true });
    for (const file of ["index.md", "qualite.md", "budget.md", "components/chart.ts", "data/site.zip.ts", ".observablehq/cache/x.json"]) writeFileSync(join(src, file), file);
    const target = join(dir, "src-public");
    mkdirSync(target);
    writeFileSync(join(target, "stale.md"), "left by an older build");
    expect(preparePublicRoot(src, target)).toBe(target);
    expect(readdirSync(target, { recursive: true, encoding: "utf8" }).sort()).toEqual(["budget.md", "components", "components/chart.ts", "data", "data/site.zip.ts", "index.md"]);
  });
});
