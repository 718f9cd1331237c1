import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_DATA_DIR } from "../../loaders/config/data-dir.js";
import { replaceDatabase } from "../../loaders/ingest/replace-database.js";
import { queryRows, withConnection } from "../../loaders/db/with-connection.js";
import { dossier, exportsOf } from "../helpers/exports-folder.js";
import { runCli } from "../helpers/run-cli.js";

/** What a database file holds, to tell whether a failed ingest left it as it was. */
async function contentOf(db: string): Promise<unknown> {
  return withConnection(db, async (c) => ({ files: await queryRows(c, "SELECT file, read FROM files ORDER BY file"), dossiers: await queryRows(c, "SELECT id FROM dossiers ORDER BY id") }), { access_mode: "READ_ONLY" });
}

// A small tmpfs stands for a full disk; mounting one needs root (CI runs as root), so elsewhere the test says why it skips.
const disk = mkdtempSync(join(tmpdir(), "inspir-full-"));
const scratch = mkdtempSync(join(tmpdir(), "inspir-full-tmp-"));
let mounted = false;
try {
  execFileSync("mount", ["-t", "tmpfs", "-o", "size=8m", "tmpfs", disk], { stdio: "ignore" });
  execFileSync("mount", ["-t", "tmpfs", "-o", "size=8m", "tmpfs", scratch], { stdio: "ignore" });
  mounted = true;
} catch {
  mounted = false;
}
// At the file's end, whichever of its tests ran.
afterAll(() => {
  for (const folder of [disk, scratch]) execFileSync("sh", ["-c", `mountpoint -q "$1" && umount "$1" || true`, "sh", folder]);
});

describe.skipIf(!mounted)("an ingest that runs out of disk space (a small tmpfs as target and TMPDIR)", () => {
  const db = join(disk, "inspir.duckdb");
  let previous: unknown;
  beforeAll(async () => {
    const first = await runCli("ingest", ["--data", await exportsOf({ dossiers: [dossier()] }), "--db", db]);
    expect(first.code).toBe(0);
    previous = await contentOf(db);
  });
  /** Fills a tmpfs up to `free` bytes left. */
  function fillTo(folder: string, free: number): void {
    const available = Number(execFileSync("df", ["-B1", "--output=avail", folder]).toString().trim().split("\n")[1]);
    writeFileSync(join(folder, `filler-${free}`), Buffer.alloc(Math.max(0, available - free)));
  }

  it.each([
    ["while DuckDB writes the new file", disk, 1024 * 1024, /^Erreur : inspir\.duckdb : espace disque insuffisant pour écrire la base dans .* ; la base précédente est intacte$/],
    ["while the exports are staged in TMPDIR", scratch, 16 * 1024, /^Erreur : dossiers\.csv : espace disque insuffisant dans .*inspir-load-.* \(TMPDIR désigne un autre dossier\)$/]
  ])("fails %s with one clear line, and leaves the previous file intact", async (_, full, free, message) => {
    fillTo(full, free);
    const run = await runCli("ingest", ["--data", SAMPLE_DATA_DIR, "--db", db], { TMPDIR: scratch });
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines.at(-1)).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(await contentOf(db)).toEqual(previous);
    // Nothing half written is left beside it.
    expect(readdirSync(disk).filter((n) => n.startsWith("inspir.duckdb."))).toEqual([]);
    expect(readdirSync(scratch).filter((n) => n.startsWith("inspir-load-"))).toEqual([]);
  }, 120_000);
});

describe("two ingests started at once on the same target", () => {
  it("are one at a time: the second fails at once naming the first, which completes its file", async () => {
    const db = join(mkdtempSync(join(tmpdir(), "inspir-lock-")), "inspir.duckdb");
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = replaceDatabase(db, async (c) => {
      await c.run("CREATE TABLE t AS SELECT 1 AS x");
      await held;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(replaceDatabase(db, async () => {})).rejects.toThrow(`inspir.duckdb : une autre ingestion écrit déjà ce fichier (processus ${process.pid})`);
    release();
    await first;
    expect(await withConnection(db, (c) => queryRows(c, "SELECT x FROM t"))).toEqual([{ x: 1 }]);
    // The lock is released: the next one proceeds.
    await replaceDatabase(db, async (c) => void (await c.run("CREATE TABLE u AS SELECT 2 AS y")));
  });

  it("never leave a corrupted or mixed file: one fails at once naming the other, the other writes a complete file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "inspir-race-"));
    const db = join(dir, "inspir.duckdb");
    const [a, b] = await Promise.all([runCli("ingest", ["--data", SAMPLE_DATA_DIR, "--db", db]), runCli("ingest", ["--data", SAMPLE_DATA_DIR, "--db", db])]);
    const codes = [a.code, b.code].sort();
    // Either they ran one after the other (both 0), or the second found the first at work.
    if (codes[0] === 0 && codes[1] === 1) {
      const failed = a.code === 1 ? a : b;
      expect(failed.stderr.trim().split("\n").at(-1)).toMatch(/^Erreur : inspir\.duckdb : une autre ingestion écrit déjà ce fichier \(processus \d+\)/);
    } else {
      expect(codes).toEqual([0, 0]);
    }
    const [files] = await withConnection(db, (c) => queryRows<{ n: bigint }>(c, "SELECT sum(read) AS n FROM files"), { access_mode: "READ_ONLY" });
    expect(Number(files!.n)).toBe(888);
    expect(readdirSync(dir).sort()).toEqual(["inspir.duckdb"]);
    expect(statSync(db).size).toBeGreaterThan(0);
  }, 120_000);
});
