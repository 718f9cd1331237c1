import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EQUIPMENT_CAP, EVENT_CAP, EXPERIMENT_CAP_PER_SECTION, SUPPORT_STRUCTURE_CAP, TIERS_LIEU_YEAR_CAPS } from "../../loaders/alerts/caps.js";
import { EXPORT_SPECS } from "../../loaders/schemas/export-specs.js";
import { ACCOMPAGNATEURS, DISPOSITIFS, FONCTIONS, GODIN_MARKERS, LABELLISATIONS, NATURES_JURIDIQUES, PAYMENT_TYPES, STAGES, STATUTS } from "../../loaders/schemas/vocabulary.js";

const doc = readFileSync(new URL("../../docs/exports.md", import.meta.url), "utf8");

/** An amount as the document writes it: `12 500`. */
const euros = (n: number) => n.toLocaleString("fr-FR").replace(/\s/g, " ");

describe("docs/exports.md", () => {
  it("names every column the loaders read, in backquotes as a header is written", () => {
    const missing = Object.values(EXPORT_SPECS).flatMap((spec) => spec.columns.map((c) => c.header).filter((h) => !doc.includes(`\`${h}\``)).map((h) => `${spec.kind}: ${h}`));
    expect(missing).toEqual([]);
  });

  it("lists every value of the enumerated columns", () => {
    const values = [...DISPOSITIFS, ...STATUTS, ...NATURES_JURIDIQUES, ...LABELLISATIONS, ...ACCOMPAGNATEURS, ...FONCTIONS, ...PAYMENT_TYPES, ...STAGES, ...GODIN_MARKERS];
    expect(values.filter((v) => !doc.includes(`\`${v}\``))).toEqual([]);
  });

  it("gives the caps the alerts apply, in euros", () => {
    const caps = [EVENT_CAP, EXPERIMENT_CAP_PER_SECTION, SUPPORT_STRUCTURE_CAP, EQUIPMENT_CAP, ...Object.values(TIERS_LIEU_YEAR_CAPS)];
    expect(caps.filter((cap) => !doc.includes(`${euros(cap)} €`) && !doc.includes(`${euros(cap)}, `))).toEqual([]);
  });
});
