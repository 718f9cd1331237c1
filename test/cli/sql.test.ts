import { mkdtemp, readFile, stat } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { withConnection } from "../../loaders/db/with-connection.js";
import { replaceDatabase } from "../../loaders/ingest/replace-database.js";
import { loadExports } from "../../loaders/load/load-exports.js";
import { dossier, exportsOf, paiement } from "../helpers/exports-folder.js";
import { runCli } from "../helpers/run-cli.js";

let dir: string;
let db: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "inspir-sql-"));
  db = join(dir, "small.duckdb");
  await withConnection(db, async (c) => {
    await c.run("CREATE TABLE alerts (dossier TEXT, rule TEXT, amount DOUBLE)");
    await c.run("COMMENT ON TABLE alerts IS 'Alertes de test'");
    await c.run("INSERT INTO alerts VALUES ('D1', 'EVT_CAP', 13000), ('D2', 'EVT_CAP', 12600.5), ('D2', 'EXP_CAP', 6000)");
    await c.run("CREATE VIEW by_rule AS SELECT rule, count(*) AS n FROM alerts GROUP BY rule");
  });
});

describe("npm run sql", () => {
  it("prints a query's answer as an aligned table, CSV or JSON, BIGINT counts as numbers", async () => {
    const query = "SELECT rule, count(*) AS n, sum(amount) AS total FROM alerts GROUP BY rule ORDER BY rule";
    const [table, csv, json] = await Promise.all([runCli("sql", [db, query]), runCli("sql", [db, query, "--csv"]), runCli("sql", ["--json", db, query])]);
    expect(table).toMatchObject({ code: 0, stderr: "" });
    expect(table.stdout).toBe(["rule    │ n │   total", "────────┼───┼────────", "EVT_CAP │ 2 │ 25600.5", "EXP_CAP │ 1 │    6000", "(2 lignes)", ""].join("\n"));
    expect(csv.stdout).toBe("rule,n,total\nEVT_CAP,2,25600.5\nEXP_CAP,1,6000\n");
    expect(JSON.parse(json.stdout)).toEqual([{ rule: "EVT_CAP", n: 2, total: 25600.5 }, { rule: "EXP_CAP", n: 1, total: 6000 }]);
  });

  it("opens the file read-only and says in one line what went wrong, with the usage for a wrong argument", async () => {
    const [write, bad, missing, noArgs, unknown] = await Promise.all([
      runCli("sql", [db, "DELETE FROM alerts"]),
      runCli("sql", [db, "SELEC 1"]),
      runCli("sql", [join(dir, "absent.duckdb"), "SELECT 1"]),
      runCli("sql", []),
      runCli("sql", [db, "SELECT 1", "--xml"])
    ]);
    expect(write.code).toBe(1);
    expect(write.stderr).toMatch(/^Erreur : .*small\.duckdb : requête refusée : .*read-only/i);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^Erreur : .*requête refusée : Parser Error/);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringMatching(/^Erreur : .*absent\.duckdb : fichier introuvable/) });
    expect(noArgs).toMatchObject({ code: 2, stderr: "Fichier .duckdb manquant.\nUsage : npm run sql -- <fichier.duckdb> [\"<requête>\"] [--csv | --json]\n" });
    expect(unknown).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Option inconnue : --xml\.\nUsage/) });
    for (const r of [write, bad, missing, noArgs, unknown]) expect(r.stderr.trim().split("\n").length).toBeLessThanOrEqual(2);
    // Nothing was deleted.
    expect((await runCli("sql", [db, "SELECT count(*) AS n FROM alerts", "--csv"])).stdout).toBe("n\n3\n");
  });

  it("without a query, reads statements from its prompt, over several lines, with .help, .tables and a history", async () => {
    const history = join(dir, "history");
    const input = ".help\n.tables\nSELECT n\n  FROM by_rule WHERE rule = 'EXP_CAP';\nSELEC 2;\n.nope\nSELECT 40 + 2 AS x;\n";
    const session = await runCli("sql", [db], { INSPIR_SQL_HISTORY: history }, input);
    expect(session.code).toBe(0);
    expect(session.stdout).toContain(".tables                 les tables et vues");
    expect(session.stdout).toMatch(/alerts\s+│ table │ Alertes de test/);
    expect(session.stdout).toMatch(/by_rule\s+│ vue/);
    expect(session.stdout).toMatch(/n\n─\n1\n\(1 ligne\)/);
    expect(session.stdout).toContain("Erreur SQL : Parser Error");
    expect(session.stdout).toContain("Commande inconnue : .nope");
    expect(session.stdout).toMatch(/x\n──\n42\n\(1 ligne\)/);
    expect(await readFile(history, "utf8")).toBe(".help\n.tables\nSELECT n   FROM by_rule WHERE rule = 'EXP_CAP';\nSELEC 2;\n.nope\nSELECT 40 + 2 AS x;\n");
    expect((await stat(history)).mode & 0o777).toBe(0o600);

    // The next session starts from that history and adds to it; an empty INSPIR_SQL_HISTORY keeps none.
    await runCli("sql", [db], { INSPIR_SQL_HISTORY: history }, ".quit\n");
    expect((await readFile(history, "utf8")).split("\n").slice(-3)).toEqual(["SELECT 40 + 2 AS x;", ".quit", ""]);
    expect((await runCli("sql", [db], { INSPIR_SQL_HISTORY: "" }, "SELECT 1 AS one;\n")).stdout).toMatch(/one\n───\n  1\n/);
  });

  it("answers the README's example on a file written by a load", async () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const query = /^npm run sql -- inspir\.duckdb "([^"]+)"$/m.exec(readme)?.[1];
    expect(query).toMatch(/FROM alerts/);
    // Two payments in fonctionnement on a dossier only under instruction: one PAID_NOT_VOTED alert for the section,
    // and one PAID_OVER_VOTED (2 000 € paid, nothing voted).
    const data = await exportsOf({
      dossiers: [dossier({ Statut: "En instruction", "Date de vote": "", "Montant voté fonctionnement": "0" })],
      paiements: [paiement(), paiement({ "N° mandat": "M2" })]
    });
    const loaded = join(dir, "inspir.duckdb");
    await replaceDatabase(loaded, (c) => loadExports(c, data));
    const answer = await runCli("sql", [loaded, query!]);
    expect(answer).toMatchObject({ code: 0, stderr: "" });
    expect(answer.stdout).toBe(["rule            │ n", "────────────────┼──", "PAID_NOT_VOTED  │ 1", "PAID_OVER_VOTED │ 1", "(2 lignes)", ""].join("\n"));
  });
});
