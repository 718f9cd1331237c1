import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { queryRows, withConnection } from "../../loaders/db/with-connection.js";
import { datedExportsOf, dossier, exportsOf, idee, paiement } from "../helpers/exports-folder.js";
import { runCli } from "../helpers/run-cli.js";

describe("npm run ingest", () => {
  it("prints what changed since the previous export when the folder holds dated exports", async () => {
    const data = await datedExportsOf({
      "2019-11-30": { dossiers: [dossier(), dossier({ "N° dossier": "D2", Statut: "En instruction", "Date de vote": "", "Montant voté fonctionnement": "" })] },
      "2019-12-31": { dossiers: [dossier(), dossier({ "N° dossier": "D2", "Date de vote": "12/12/2019", "Montant voté fonctionnement": "2000" })], paiements: [paiement({ "Date de paiement": "20/12/2019" })] }
    });
    const run = await runCli("ingest", ["--data", data, "--db", join(await mkdtemp(join(tmpdir(), "inspir-db-")), "inspir.duckdb")]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("Depuis l'export du 2019-11-30 (export courant : 2019-12-31) :");
    expect(run.stdout).toContain("0 nouveau(x) dossier(s), 1 changement(s) de statut");
    expect(run.stdout).toMatch(/1 nouveau\(x\) paiement\(s\) pour \+1\s000 €/);
    expect(run.stdout).toMatch(/engagé INS'pir \+2\s000 €, mandaté \+1\s000 €/);
  });

  it("writes a DuckDB file with the documented tables, keeps personal values apart, and replaces it only when a new load succeeds", async () => {
    const out = await mkdtemp(join(tmpdir(), "inspir-db-"));
    const db = join(out, "inspir.duckdb");
    const data = await exportsOf({
      dossiers: [dossier({ Contact: "marker-contact@example.org" }), dossier({ "N° dossier": "D2", Statut: "?" })],
      paiements: [paiement()],
      suivi: [idee({ Porteur: "Marker Porteur", Email: "marker-email@example.org" })]
    });
    const first = await runCli("ingest", ["--data", data, "--db", db]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/dossiers\.csv\s+2\s+1\s+1/);
    expect(first.stdout).toMatch(/Statut : valeur inconnue/);
    // It holds personal data: readable by its owner only.
    expect((await stat(db)).mode & 0o777).toBe(0o600);

    const read = () =>
      withConnection(db, async (c) => ({
        tables: (await queryRows<{ name: string }>(c, "SELECT table_name AS name FROM duckdb_tables() ORDER BY 1")).map((t) => t.name),
        dossiers: await queryRows(c, "SELECT id, versant, epci_siren FROM dossiers ORDER BY id"),
        files: await queryRows(c, "SELECT file, read, kept, rejected FROM files ORDER BY file"),
        personal: await queryRows(c, "SELECT column_name AS column, value FROM personal_data ORDER BY column_name"),
        dossierColumns: (await queryRows<{ name: string }>(c, "SELECT column_name AS name FROM duckdb_columns() WHERE table_name = 'dossiers'")).map((r) => r.name)
      }));
    const before = await read();
    expect(before.tables).toEqual(["alerts", "changes", "communes", "dossiers", "enveloppes", "epci", "exports", "files", "history", "idees", "marqueurs", "paiements", "personal_data", "rejected", "stages"]);
    expect(before.dossiers).toEqual([{ id: "D1", versant: "Nord-Pas-de-Calais", epci_siren: "200093201" }]);
    expect(before.files).toEqual([
      { file: "dossiers.csv", read: 2, kept: 1, rejected: 1 },
      { file: "paiements.csv", read: 1, kept: 1, rejected: 0 },
      { file: "suivi.csv", read: 1, kept: 1, rejected: 0 }
    ]);
    expect(before.personal).toEqual([
      { column: "Contact", value: "marker-contact@example.org" },
      { column: "Email", value: "marker-email@example.org" },
      { column: "Porteur", value: "Marker Porteur" }
    ]);
    expect(before.dossierColumns).not.toContain("contact");

    // A fatal error leaves the previous file as it was, and no temporary file behind.
    await rm(join(data, "paiements.csv"));
    const failed = await runCli("ingest", ["--data", data, "--db", db]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/paiements\.csv/);
    expect(await read()).toEqual(before);
    expect(await readdir(out)).toEqual(["inspir.duckdb"]);
  });
});
