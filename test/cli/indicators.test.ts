import { describe, expect, it } from "vitest";
import { csv, dossier, exportsFolder, exportsOf, paiement } from "../helpers/exports-folder.js";
import { runCli } from "../helpers/run-cli.js";

/** A user's mistake is one line on stderr: no stack trace, nothing on stdout. */
function expectCleanFailure(result: { code: number | null; stdout: string; stderr: string }, message: RegExp) {
  expect(result.code).not.toBe(0);
  expect(result.stdout).toBe("");
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/^\s+at /m);
}

describe("npm run indicators", () => {
  it("prints the JSON document on stdout and exits 0 even with rejected rows", async () => {
    const dir = await exportsOf({ dossiers: [dossier(), dossier({ "N° dossier": "BAD", Statut: "?" })], paiements: [paiement()] });
    const result = await runCli("indicators", ["--data", dir]);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(Object.keys(doc)).toEqual(["budget", "events", "ideas", "qpv", "files", "alerts", "rejected", "exportDate", "changes", "history"]);
    expect(doc.files).toEqual([
      { file: "dossiers.csv", read: 2, kept: 1, rejected: 1, extraColumns: [] },
      { file: "paiements.csv", read: 1, kept: 1, rejected: 0, extraColumns: [] },
      { file: "suivi.csv", read: 0, kept: 0, rejected: 0, extraColumns: [] }
    ]);
    expect(doc.rejected).toEqual([expect.objectContaining({ file: "dossiers.csv", line: 3, column: "Statut", value: "?" })]);
    expect(doc.budget.total).toMatchObject({ envelope: 600000, engaged: 5000, paid: 1000 });
  });

  it("fails cleanly on a missing required file", async () => {
    const dir = await exportsFolder({ "dossiers.csv": csv([dossier()]), "suivi.csv": "N° idée;N° dossier événement;Étape\n" });
    expectCleanFailure(await runCli("indicators", ["--data", dir]), /paiements\.csv/);
  });

  it("fails cleanly on a missing required column, naming file and column", async () => {
    const { Statut: _, ...noStatus } = dossier();
    expectCleanFailure(await runCli("indicators", ["--data", await exportsOf({ dossiers: [noStatus] })]), /dossiers\.csv : colonne obligatoire « Statut » absente/);
  });

  it("fails cleanly on an undecodable file", async () => {
    const dir = await exportsFolder({ "dossiers.csv": csv([dossier()]), "paiements.csv": csv([paiement()]), "suivi.csv": new Uint8Array([0x00, 0xff, 0x13, 0x37]) });
    expectCleanFailure(await runCli("indicators", ["--data", dir]), /suivi\.csv : illisible/);
  });

  it("fails cleanly on a folder that does not exist and on bad arguments", async () => {
    expectCleanFailure(await runCli("indicators", ["--data", "/nonexistent/exports"]), /nonexistent/);
    const usage = await runCli("indicators", ["--dta", "x"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/Usage/);
    expect(usage.stderr).not.toMatch(/^\s+at /m);
  });
});
