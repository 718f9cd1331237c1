import { rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mkdtempSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUILD_DATABASE_VARIABLE, databaseSourceFromEnv, prepareBuildDatabase } from "../../loaders/build/build-database.js";
import { queryRows, withConnection } from "../../loaders/db/with-connection.js";
import { openDataExport } from "../../loaders/opendata/opendata-export.js";
import { DEFAULT_ATTRIBUANT_CONFIG } from "../../loaders/opendata/attribuant-config.js";
import { reviewYearsOf } from "../../loaders/review/review-years.js";
import { siteData } from "../../loaders/site/site-archive.js";
import { dossier, exportsOf, paiement } from "../helpers/exports-folder.js";

describe("one load per build", () => {
  it("loads a folder once into the build cache; the site, the open data and the review years read that file, not the exports", async () => {
    const dir = await exportsOf({ dossiers: [dossier(), dossier({ "N° dossier": "D2", Statut: "Déposé", "Date de vote": "" })], paiements: [paiement()] });
    const cache = mkdtempSync(join(tmpdir(), "inspir-cache-"));
    const logs: string[] = [];
    const database = await prepareBuildDatabase(dir, cache, { log: (m) => logs.push(m) });
    expect(database).toMatch(/exports-[0-9a-f]{16}\.duckdb$/);
    const built = (await stat(database)).mtimeMs;
    expect((await stat(database)).mode & 0o777).toBe(0o600);

    // The same exports: the same file, not loaded again.
    expect(await prepareBuildDatabase(dir, cache)).toBe(database);
    expect((await stat(database)).mtimeMs).toBe(built);

    // Gone exports cannot be read again: every reader works from the file alone.
    const expected = await siteData({ dataDir: dir });
    await rm(dir, { recursive: true });
    expect(await siteData({ database })).toEqual(expected);
    expect(await reviewYearsOf({ database })).toEqual([2016]);
    expect((await openDataExport({ database, configPath: DEFAULT_ATTRIBUANT_CONFIG })).rows.map((r) => r.montant)).toEqual(["5000.00"]);
  });

  it("loads again when an export file changes", async () => {
    const dir = await exportsOf({ dossiers: [dossier()] });
    const cache = mkdtempSync(join(tmpdir(), "inspir-cache-"));
    const first = await prepareBuildDatabase(dir, cache);
    await writeFile(join(dir, "paiements.csv"), "N° dossier;N° mandat;Date de paiement;Montant;Section;Type\nD1;M1;01/10/2016;1000;Fonctionnement;Avance\n");
    const second = await prepareBuildDatabase(dir, cache);
    expect(second).not.toBe(first);
    expect(await withConnection(second, (c) => queryRows(c, "SELECT mandat FROM paiements"), { access_mode: "READ_ONLY" })).toEqual([{ mandat: "M1" }]);
  });

  it("hands the data loaders the build's file through the environment, else the exports folder", () => {
    expect(databaseSourceFromEnv({ [BUILD_DATABASE_VARIABLE]: "/x/exports.duckdb" })).toEqual({ database: "/x/exports.duckdb" });
    expect(databaseSourceFromEnv({ INSPIR_DATA: "/y" })).toMatchObject({ dataDir: "/y" });
  });
});
