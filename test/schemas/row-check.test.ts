import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import type { Cell } from "../../loaders/parse/cell.js";
import { limitsFromEnv } from "../../loaders/config/limits.js";
import { readTable } from "../../loaders/read/read-table.js";
import { type ColumnSpec, bindColumns } from "../../loaders/schemas/columns.js";
import { DOSSIER_COLUMNS, dossierSchema } from "../../loaders/schemas/dossier.js";
import { ENVELOPPE_COLUMNS, enveloppeSchema } from "../../loaders/schemas/enveloppe.js";
import { IDEE_COLUMNS, ideeSchema } from "../../loaders/schemas/idee.js";
import { MARQUEUR_COLUMNS, marqueurSchema } from "../../loaders/schemas/marqueur.js";
import { PAIEMENT_COLUMNS, paiementSchema } from "../../loaders/schemas/paiement.js";
import { compileRowCheck } from "../../loaders/schemas/row-check.js";

// Cells close to what exports hold, valid or not, so that both accepted and rejected rows are drawn often.
const textCell = fc.constantFrom(
  "", " ", "EX001", "AMI Innovation sociale", "Tiers-lieux du numérique", "INS'pir - Événement créatif", "Voté", "voté ", "Soldé", "Refusé",
  "En instruction", "23/09/2016", "2016-09-23", "31/02/2016", "12 500,50 €", "12500.5", "-3", "0", "oui", "Non", "peut-être", "59350",
  "2691", "80021", "75056", "99999", "73282062900068", "73282062900067", "1", "2", "3", "4", "1,5", "3.5", "Fonctionnement", "Investissement",
  "Mandat", "Solde", "Reversement", "médiation|fablab", "coworking, coworking", "Nord-Pas-de-Calais", "Picardie", "INS'pir", "Idée", "Prototype"
);
const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 8, arbitrary: textCell },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer({ min: -5, max: 100_000 }), fc.double({ min: -1, max: 1e6, noNaN: true })) },
  { weight: 1, arbitrary: fc.date({ min: new Date("2000-01-01"), max: new Date("2030-01-01"), noInvalidDate: true }) }
);

const SAMPLE = fileURLToPath(new URL("../../data/sample/", import.meta.url));

/** Rows of the committed sample, by field, so that most drawn rows are valid before mutation. */
async function sampleRows(file: string, columns: readonly ColumnSpec[]): Promise<Record<string, Cell>[]> {
  const table = await readTable(join(SAMPLE, file), limitsFromEnv({}));
  const binding = bindColumns(table, columns);
  return table.records.map((r) => Object.fromEntries(columns.map((c) => [c.field, r.cells[binding.positions[c.field] ?? -1] ?? null])));
}

async function sameAsSafeParse<S extends z.ZodType>(schema: S, file: string, columns: readonly ColumnSpec[]) {
  const rows = await sampleRows(file, columns);
  const positions = Object.fromEntries(columns.map((c, i) => [c.field, i]));
  const check = compileRowCheck(schema, positions);
  const seen = { kept: 0, rejected: 0 };
  // A sample row with some cells swapped for drawn ones.
  const drawnRow = fc.tuple(fc.nat(rows.length - 1), fc.array(fc.tuple(fc.constantFrom(...columns.map((c) => c.field)), cell), { maxLength: 3 })).map(([i, swaps]) => {
    const cells = { ...rows[i]! };
    for (const [field, value] of swaps) cells[field] = value;
    return cells;
  });
  fc.assert(
    fc.property(fc.array(drawnRow, { minLength: 1, maxLength: 30 }), (drawn) => {
      // Several rows per run, so that the memo is exercised on repeated cells.
      for (const cells of drawn) {
        const expected = schema.safeParse(cells);
        const actual = check(columns.map((c) => cells[c.field] ?? null));
        seen[actual.ok ? "kept" : "rejected"]++;
        if (expected.success) expect(actual).toEqual({ ok: true, value: expected.data });
        else expect(actual).toEqual({ ok: false, issues: expected.error.issues.map((i) => ({ field: String(i.path[0] ?? ""), message: i.message, cell: cells[String(i.path[0])] ?? null })) });
      }
    }),
    { numRuns: 200, seed: 2016 }
  );
  // Both outcomes must have been compared, or the property proved nothing.
  expect(seen.kept).toBeGreaterThan(100);
  expect(seen.rejected).toBeGreaterThan(100);
}

describe("compileRowCheck", () => {
  it("gives what safeParse gives on dossiers", () => sameAsSafeParse(dossierSchema, "dossiers.csv", DOSSIER_COLUMNS));
  it("gives what safeParse gives on paiements", () => sameAsSafeParse(paiementSchema, "paiements.csv", PAIEMENT_COLUMNS));
  it("gives what safeParse gives on idées", () => sameAsSafeParse(ideeSchema, "suivi.xlsx", IDEE_COLUMNS));
  it("gives what safeParse gives on marqueurs", () => sameAsSafeParse(marqueurSchema, "marqueurs.csv", MARQUEUR_COLUMNS));
  it("gives what safeParse gives on enveloppes", () => sameAsSafeParse(enveloppeSchema, "enveloppes.csv", ENVELOPPE_COLUMNS));

  it("refuses a schema it cannot compile, naming what it found", async () => {
    const { z } = await import("zod");
    expect(() => compileRowCheck(z.string(), {})).toThrow(/expected an object schema, got string/);
    expect(() => compileRowCheck(z.object({ a: z.string() }), { a: 0 })).toThrow(/field a is not a cell transform/);
  });
});
