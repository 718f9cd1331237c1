import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dossier, exportsOf, paiement } from "../helpers/exports-folder.js";
import { runCli } from "../helpers/run-cli.js";

/** A user's mistake is one line on stderr, with no stack trace. */
function expectCleanFailure(result: { code: number | null; stderr: string }, code: number, message: RegExp) {
  expect(result.code).toBe(code);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/^\s+at /m);
}

describe("npm run opendata", () => {
  it("writes the SCDL CSV of the voted grants, with the attributing body of config/attribuant.json, --config or INSPIR_ATTRIBUANT_CONFIG", async () => {
    const data = await exportsOf({
      dossiers: [dossier(), dossier({ "N° dossier": "D2", Statut: "Refusé", "Date de vote": "", "Montant voté fonctionnement": "0" })],
      paiements: [paiement()]
    });
    const dir = await mkdtemp(join(tmpdir(), "opendata-"));
    const config = join(dir, "other.json");
    await writeFile(config, JSON.stringify({ nomAttribuant: "Département test", idAttribuant: "73282932000074" }));
    // Three processes at once: each pays tsx's start-up.
    const [committed, option, environment] = await Promise.all([
      runCli("opendata", ["--data", data, "--out", join(dir, "a.csv")]),
      runCli("opendata", ["--data", data, "--out", join(dir, "b.csv"), "--config", config]),
      runCli("opendata", ["--data", data, "--out", join(dir, "c.csv")], { INSPIR_ATTRIBUANT_CONFIG: config })
    ]);
    expect([committed.code, option.code, environment.code]).toEqual([0, 0, 0]);
    expect(committed.stdout).toBe("");
    expect(committed.stderr).toMatch(/1 subventions écrites dans .*a\.csv \(SCDL subventions 2\.1\.1, Région Hauts-de-France, SIRET 20005374200017\)/);
    expect((await readFile(join(dir, "a.csv"), "utf8")).split("\r\n")[1]).toBe(
      "Région Hauts-de-France,20005374200017,2016-09-23,Commission permanente du 23/09/2016,Association test,73282932000074,,Subvention au titre du dispositif « INS'pir - Événement créatif »,5000.00,aide en numéraire,échelonné,2016-10-01/2018-09-23,,non,1.00,INS'pir - Événement créatif"
    );
    for (const file of ["b.csv", "c.csv"]) expect(await readFile(join(dir, file), "utf8")).toContain("\r\nDépartement test,73282932000074,2016-09-23,");
  });

  it("fails cleanly on a wrong SIRET in the configuration, an unwritable output, or wrong arguments", async () => {
    const data = await exportsOf({ dossiers: [dossier()] });
    const dir = await mkdtemp(join(tmpdir(), "opendata-"));
    const bad = join(dir, "bad.json");
    await writeFile(bad, JSON.stringify({ nomAttribuant: "Région", idAttribuant: "20005374200018" }));
    // Three processes at once: each pays tsx's start-up.
    const [badSiret, unwritable, usage] = await Promise.all([
      runCli("opendata", ["--data", data, "--out", join(dir, "x.csv"), "--config", bad]),
      runCli("opendata", ["--data", data, "--out", "/nonexistent/dir/x.csv"]),
      runCli("opendata", ["--data", data])
    ]);
    expectCleanFailure(badSiret, 1, /bad\.json : configuration de l'attribuant invalide : idAttribuant : SIRET de l'attribuant invalide/);
    expectCleanFailure(unwritable, 1, /écriture impossible/);
    expectCleanFailure(usage, 2, /--out.*\n.*Usage/);
  });
});
