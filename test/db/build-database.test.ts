import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SAMPLE_DATA_DIR } from "../../loaders/config/data-dir.js";
import { LoadError } from "../../loaders/load-error.js";
import { buildDatabase } from "../../loaders/pipeline.js";
import { queryRows, withConnection } from "../../loaders/db/with-connection.js";
import { findAlerts } from "../../loaders/alerts/rules.js";
import { appendedTables, pipelineTables } from "../helpers/database-tables.js";
import { csv, dossier, exportsFolder, exportsOf } from "../helpers/exports-folder.js";

const CASES = join(import.meta.dirname, "../acceptance/cases");
const loadingCases = readdirSync(CASES).filter((c) => existsSync(join(CASES, c, "expected.json")));

describe("buildDatabase", () => {
  it("writes the sample's tables as the appender writes loadExports' rows, with and without threads", async () => {
    const oracle = await appendedTables(SAMPLE_DATA_DIR);
    expect(await pipelineTables(SAMPLE_DATA_DIR, { threads: false })).toEqual(oracle);
    expect(await pipelineTables(SAMPLE_DATA_DIR, { threads: true })).toEqual(oracle);
    expect(oracle.rejected.length).toBeGreaterThan(0);
  }, 60_000);

  it("finds the alerts of the complete database, though it finds them before the ideas and markers are imported", async () => {
    for (const threads of [false, true]) {
      await withConnection(":memory:", async (connection) => {
        const { alerts } = await buildDatabase(connection, SAMPLE_DATA_DIR, { threads });
        expect(alerts.length).toBeGreaterThan(0);
        expect(alerts).toEqual(await findAlerts(connection));
        expect(await queryRows(connection, "SELECT count(*)::INTEGER AS n FROM alerts")).toEqual([{ n: alerts.length }]);
      });
    }
  }, 60_000);

  it.each(loadingCases)("writes the tables of acceptance case %s as the appender does", async (name) => {
    const dir = join(CASES, name);
    expect(await pipelineTables(dir, { threads: false })).toEqual(await appendedTables(dir));
  });

  it("leaves out rows whose reference fails once the dossiers are known, in and out of threads", async () => {
    const dir = await exportsOf({
      dossiers: [dossier({ "N° dossier": "D1" }), dossier({ "N° dossier": "D2", "Code commune": "" })],
      paiements: [
        { "N° mandat": "M1", "N° dossier": "D1", "Date de paiement": "01/03/2017", Section: "Fonctionnement", Type: "Acompte", Montant: "100" },
        { "N° mandat": "M2", "N° dossier": "D2", "Date de paiement": "01/03/2017", Section: "Fonctionnement", Type: "Acompte", Montant: "100" },
        { "N° mandat": "M2", "N° dossier": "D9", "Date de paiement": "01/03/2017", Section: "Fonctionnement", Type: "Acompte", Montant: "100" }
      ]
    });
    for (const threads of [false, true]) {
      const tables = await pipelineTables(dir, { threads });
      expect(tables.paiements.map((p) => (p as { mandat: string }).mandat)).toEqual(["M1"]);
      expect(tables.rejected.filter((r) => (r as { file: string }).file === "paiements.csv")).toEqual([
        { file: "paiements.csv", line: 3, column_name: "N° dossier", value: "D2", reason: "dossier rejeté (dossiers.csv ligne 3)" },
        {
          file: "paiements.csv",
          line: 4,
          column_name: "N° mandat ; N° dossier",
          value: "M2 ; D9",
          reason: "N° mandat : identifiant en double (déjà ligne 3) ; N° dossier : dossier absent de dossiers.csv"
        }
      ]);
      expect(tables).toEqual(await appendedTables(dir));
    }
  }, 60_000);

  it("reports the failure the sequential check meets first when exports fail in several threads", async () => {
    const sample = (name: string) => readFileSync(join(SAMPLE_DATA_DIR, name));
    const dir = await exportsFolder({
      "dossiers.csv": sample("dossiers.csv"),
      "paiements.csv": csv([{ Montant: "1" }]),
      "suivi.xlsx": new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff]),
      "marqueurs.csv": sample("marqueurs.csv")
    });
    for (const threads of [false, true]) {
      const failure = withConnection(":memory:", (c) => buildDatabase(c, dir, { threads }));
      await expect(failure).rejects.toBeInstanceOf(LoadError);
      await expect(failure).rejects.toMatchObject({ file: "paiements.csv" });
    }
  }, 60_000);

  it("reports a broken dossiers export at once, the worker stopped", async () => {
    const sample = (name: string) => readFileSync(join(SAMPLE_DATA_DIR, name));
    const dir = await exportsFolder({
      "dossiers.csv": csv([{ Intitulé: "sans numéro ni dispositif" }]),
      "paiements.csv": sample("paiements.csv"),
      "suivi.xlsx": sample("suivi.xlsx"),
      "marqueurs.csv": sample("marqueurs.csv")
    });
    const failure = withConnection(":memory:", (c) => buildDatabase(c, dir, { threads: true }));
    await expect(failure).rejects.toBeInstanceOf(LoadError);
    await expect(failure).rejects.toMatchObject({ file: "dossiers.csv" });
  }, 60_000);
});
