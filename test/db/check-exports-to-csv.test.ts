import { readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SAMPLE_DATA_DIR } from "../../loaders/config/data-dir.js";
import { limitsFromEnv } from "../../loaders/config/limits.js";
import { type CheckedToCsv, checkExportsToCsv } from "../../loaders/db/check-exports-to-csv.js";
import { LoadError } from "../../loaders/load-error.js";
import { locateExports } from "../../loaders/read/locate-exports.js";
import { csv, exportsFolder } from "../helpers/exports-folder.js";

const scratch = () => mkdtemp(join(tmpdir(), "check-exports-to-csv-"));

describe("checkExportsToCsv", () => {
  it("runs `meanwhile` once this thread's exports are checked, with them in contract order", async () => {
    const paths = await locateExports(SAMPLE_DATA_DIR);
    for (const threads of [false, true]) {
      const calls: string[][] = [];
      const checked = await checkExportsToCsv(paths, await scratch(), {
        limits: limitsFromEnv(),
        threads,
        meanwhile: async (here: readonly CheckedToCsv[]) => {
          calls.push(here.map((c) => c.check.kind));
        }
      });
      const all = checked.map((c) => c.check.kind);
      expect(calls).toEqual([threads ? all.filter((k) => k !== "paiements" && k !== "suivi") : all]);
      expect(all).toEqual(["dossiers", "paiements", "suivi", "marqueurs", "enveloppes"]);
    }
  }, 60_000);

  it("fails with the error of `meanwhile`, and skips it when an export of this thread fails", async () => {
    const paths = await locateExports(SAMPLE_DATA_DIR);
    const broken = new Error("DuckDB import failed");
    const failing = checkExportsToCsv(paths, await scratch(), { limits: limitsFromEnv(), threads: true, meanwhile: () => Promise.reject(broken) });
    await expect(failing).rejects.toBe(broken);

    const dir = await exportsFolder({
      "dossiers.csv": csv([{ Intitulé: "sans numéro ni dispositif" }]),
      "paiements.csv": readFileSync(join(SAMPLE_DATA_DIR, "paiements.csv")),
      "suivi.xlsx": readFileSync(join(SAMPLE_DATA_DIR, "suivi.xlsx"))
    });
    let called = false;
    const meanwhile = async () => {
      called = true;
    };
    await expect(checkExportsToCsv(await locateExports(dir), await scratch(), { limits: limitsFromEnv(), threads: true, meanwhile })).rejects.toBeInstanceOf(LoadError);
    expect(called).toBe(false);
  }, 60_000);
});
