import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { withConnection } from "../../loaders/db/with-connection.js";
import { runCli } from "../helpers/run-cli.js";
import { databaseContent, firstDifference } from "./database-content.js";

const SAMPLE = fileURLToPath(new URL("../../data/sample", import.meta.url));

describe("npm run ingest is deterministic", () => {
  it("gives the same tables, views, comments and rows (even in stored order) for the same exports", async () => {
    const out = await mkdtemp(join(tmpdir(), "inspir-determinism-"));
    const dbs = [join(out, "first.duckdb"), join(out, "second.duckdb")];
    const runs = await Promise.all(dbs.map((db) => runCli("ingest", ["--data", SAMPLE, "--db", db])));
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    expect(firstDifference(runs[0]!.stdout.replaceAll(dbs[0]!, "<db>"), runs[1]!.stdout.replaceAll(dbs[1]!, "<db>"))).toBeNull();

    const [first, second] = [await withConnection(dbs[0]!, (c) => databaseContent(c)), await withConnection(dbs[1]!, (c) => databaseContent(c))];
    expect(first.relations.map((r) => r.name)).toEqual([
      "alerts", "changes", "communes", "counted_events", "dossiers", "engagements", "enveloppes", "epci", "exports", "files", "history", "idees", "marqueurs", "paiements", "personal_data", "rejected", "stages"
    ]);
    expect(first.sorted.dossiers!.length).toBeGreaterThan(150);
    expect(second.relations).toEqual(first.relations);
    expect(second.columns).toEqual(first.columns);
    for (const name of Object.keys(first.sorted)) expect(second.sorted[name], name).toEqual(first.sorted[name]);
    for (const name of Object.keys(first.stored)) expect(second.stored[name], `${name} in stored order`).toEqual(first.stored[name]);
  });
});
