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
import { datedExportsOf, dossier, exportsOf, paiement } from "../helpers/exports-folder.js";
import { cp, mkdir } from "node:fs/promises";

describe("one load per build", () => {
  it("loads a folder once into the build cache; the site, the open data and the review years read that file, not the exports", async () => {
    const dir = await exportsOf({ dossiers: [dossier(), dossier({ "N° dossier": "D2", Statut: "Déposé", "Date de vote": "" })], paiements: [paiement()] });
    const cache = mkdtempSync(join(tmpdir(), "inspir-cache-"));
    const exportCacheDir = join(cache, "exports");
    const logs: string[] = [];
    const database = await prepareBuildDatabase(dir, cache, { log: (m) => logs.push(m), exportCacheDir });
    expect(database).toMatch(/exports-[0-9a-f]{16}\.duckdb$/);
    const built = (await stat(database)).mtimeMs;
    expect((await stat(database)).mode & 0o777).toBe(0o600);

    // The same exports: the same file, not loaded again.
    expect(await prepareBuildDatabase(dir, cache, { exportCacheDir })).toBe(database);
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
    const exportCacheDir = join(cache, "exports");
    const first = await prepareBuildDatabase(dir, cache, { exportCacheDir });
    await writeFile(join(dir, "paiements.csv"), "N° dossier;N° mandat;Date de paiement;Montant;Section;Type\nD1;M1;01/10/2016;1000;Fonctionnement;Avance\n");
    const second = await prepareBuildDatabase(dir, cache, { exportCacheDir });
    expect(second).not.toBe(first);
    expect(await withConnection(second, (c) => queryRows(c, "SELECT mandat FROM paiements"), { access_mode: "READ_ONLY" })).toEqual([{ mandat: "M1" }]);
  });

  it("loads only the new export when one is added to a folder of twelve, even with the build's cache cleared", async () => {
    const months = Array.from({ length: 13 }, (_, i) => new Date(Date.UTC(2019, i + 1, 0)).toISOString().slice(0, 10));
    const dir = await datedExportsOf(Object.fromEntries(months.slice(0, 12).map((date, i) => [date, { dossiers: [dossier({ "Montant voté fonctionnement": String(1000 + i) })] }])));
    const exportCacheDir = mkdtempSync(join(tmpdir(), "inspir-exports-"));
    const first: string[] = [];
    await prepareBuildDatabase(dir, mkdtempSync(join(tmpdir(), "inspir-cache-")), { log: (m) => first.push(m), exportCacheDir });
    expect(first.filter((m) => m.endsWith("chargement"))).toHaveLength(12);

    const thirteenth = await datedExportsOf({ [months[12]!]: { dossiers: [dossier({ "Montant voté fonctionnement": "2000" })] } });
    await mkdir(join(dir, months[12]!));
    await cp(join(thirteenth, months[12]!), join(dir, months[12]!), { recursive: true });
    const second: string[] = [];
    const database = await prepareBuildDatabase(dir, mkdtempSync(join(tmpdir(), "inspir-cache-")), { log: (m) => second.push(m), exportCacheDir });
    expect(second.filter((m) => m.endsWith("chargement"))).toEqual([`export ${months[12]} : chargement`]);
    expect(second.filter((m) => m.endsWith("repris du cache"))).toHaveLength(12);
    const history = await withConnection(database, (c) => queryRows<{ engaged: number }>(c, "SELECT engaged FROM history ORDER BY date"), { access_mode: "READ_ONLY" });
    expect(history.map((h) => h.engaged)).toEqual([...months.slice(0, 12).map((_, i) => 1000 + i), 2000]);
  });

  it("never serves a cached export whose files changed", async () => {
    const dir = await datedExportsOf({ "2019-11-30": { dossiers: [dossier()] }, "2019-12-31": { dossiers: [dossier()] } });
    const exportCacheDir = mkdtempSync(join(tmpdir(), "inspir-exports-"));
    // Loads made by another version of the loaders are cleared, never served.
    await mkdir(join(exportCacheDir, "0123456789ab"));
    await writeFile(join(exportCacheDir, "0123456789ab", "export-0000000000000000.duckdb"), "");
    await prepareBuildDatabase(dir, mkdtempSync(join(tmpdir(), "inspir-cache-")), { exportCacheDir });
    await expect(stat(join(exportCacheDir, "0123456789ab"))).rejects.toThrow(/ENOENT/);
    await writeFile(join(dir, "2019-11-30", "paiements.csv"), "N° dossier;N° mandat;Date de paiement;Montant;Section;Type\nD1;M1;01/10/2016;1000;Fonctionnement;Avance\n");
    const logs: string[] = [];
    const database = await prepareBuildDatabase(dir, mkdtempSync(join(tmpdir(), "inspir-cache-")), { log: (m) => logs.push(m), exportCacheDir });
    expect(logs).toEqual(["export 2019-11-30 : chargement", "export 2019-12-31 : repris du cache"]);
    expect(await withConnection(database, (c) => queryRows(c, "SELECT strftime(date, '%Y-%m-%d') AS date, paid FROM history ORDER BY date"), { access_mode: "READ_ONLY" })).toEqual([
      { date: "2019-11-30", paid: 1000 },
      { date: "2019-12-31", paid: 0 }
    ]);
  });

  it("lets two builds of the same exports at once share the load: one waits for the other's file", async () => {
    const dir = await datedExportsOf({ "2019-11-30": { dossiers: [dossier()] }, "2019-12-31": { dossiers: [dossier()] } });
    const cache = mkdtempSync(join(tmpdir(), "inspir-cache-"));
    const exportCacheDir = join(cache, "exports");
    const [a, b] = await Promise.all([prepareBuildDatabase(dir, cache, { exportCacheDir }), prepareBuildDatabase(dir, cache, { exportCacheDir })]);
    expect(a).toBe(b);
    expect(await withConnection(a, (c) => queryRows(c, "SELECT count(*)::INTEGER AS n FROM exports"), { access_mode: "READ_ONLY" })).toEqual([{ n: 2 }]);
  });

  it("hands the data loaders the build's file through the environment, else the exports folder", () => {
    expect(databaseSourceFromEnv({ [BUILD_DATABASE_VARIABLE]: "/x/exports.duckdb" })).toEqual({ database: "/x/exports.duckdb" });
    expect(databaseSourceFromEnv({ INSPIR_DATA: "/y" })).toMatchObject({ dataDir: "/y" });
  });
});
