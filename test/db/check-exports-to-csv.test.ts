import { readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SAMPLE_DATA_DIR } from "../../loaders/config/data-dir.js";
import { limitsFromEnv } from "../../loaders/config/limits.js";
import { type CheckedExport, checkExportsToCsv } from "../../loaders/db/check-exports-to-csv.js";
import { LoadError } from "../../loaders/load-error.js";
import { EXPORT_KINDS, locateExports } from "../../loaders/read/locate-exports.js";
import { csv, exportsFolder } from "../helpers/exports-folder.js";

const scratch = () => mkdtemp(join(tmpdir(), "inspir-test-"));
const sample = (name: string) => readFileSync(join(SAMPLE_DATA_DIR, name));

describe("checkExportsToCsv", () => {
  it("runs `meanwhile` once this thread's exports are checked, any export's check within its reach", async () => {
    const paths = await locateExports(SAMPLE_DATA_DIR);
    for (const threads of [false, true]) {
      const seen: Record<string, unknown> = {};
      const checked = await checkExportsToCsv(paths, await scratch(), {
        limits: limitsFromEnv(),
        threads,
        meanwhile: async (checkedExport: CheckedExport) => {
          for (const kind of EXPORT_KINDS) seen[kind] = (await checkedExport(kind))?.check.kind;
        }
      });
      expect(checked.map((c) => c.check.kind)).toEqual(["dossiers", "paiements", "suivi", "marqueurs", "enveloppes"]);
      expect(seen).toEqual({ dossiers: "dossiers", paiements: "paiements", suivi: "suivi", marqueurs: "marqueurs", enveloppes: "enveloppes" });
    }
  }, 60_000);

  it("gives undefined for an export the folder lacks, and the worker's failure for an export it never checked", async () => {
    const dir = await exportsFolder({ "dossiers.csv": sample("dossiers.csv"), "paiements.csv": csv([{ Montant: "1" }]), "suivi.xlsx": sample("suivi.xlsx") });
    let absent: unknown = "not asked";
    let paiements: unknown;
    const failure = checkExportsToCsv(await locateExports(dir), await scratch(), {
      limits: limitsFromEnv(),
      threads: true,
      meanwhile: async (checkedExport) => {
        absent = await checkedExport("marqueurs");
        paiements = await checkedExport("paiements").catch((error: unknown) => error);
      }
    });
    await expect(failure).rejects.toMatchObject({ file: "paiements.csv" });
    expect(absent).toBeUndefined();
    expect(paiements).toBeInstanceOf(LoadError);
  }, 60_000);

  it("fails with the error of `meanwhile`, and skips it when an export of this thread fails", async () => {
    const broken = new Error("DuckDB import failed");
    const failing = checkExportsToCsv(await locateExports(SAMPLE_DATA_DIR), await scratch(), { limits: limitsFromEnv(), threads: true, meanwhile: () => Promise.reject(broken) });
    await expect(failing).rejects.toBe(broken);

    const dir = await exportsFolder({ "dossiers.csv": csv([{ Intitulé: "sans numéro ni dispositif" }]), "paiements.csv": sample("paiements.csv"), "suivi.xlsx": sample("suivi.xlsx") });
    let called = false;
    const meanwhile = async () => {
      called = true;
    };
    await expect(checkExportsToCsv(await locateExports(dir), await scratch(), { limits: limitsFromEnv(), threads: true, meanwhile })).rejects.toBeInstanceOf(LoadError);
    expect(called).toBe(false);
  }, 60_000);
});
