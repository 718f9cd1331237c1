import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { queryRows, withConnection } from "../../loaders/db/with-connection.js";
import { indicatorsDocument } from "../../loaders/indicators/document.js";
import { LoadError } from "../../loaders/load-error.js";
import { loadDataFolder } from "../../loaders/load/load-data-folder.js";
import { EXPORT_SPECS } from "../../loaders/schemas/export-specs.js";
import { type FuzzCase, mutate } from "./mutations.js";

/** How a case ended: loaded (and whether every file's rows added up), refused with a clean message, or anything else. */
export type Outcome =
  | { outcome: "loaded"; mismatches: string[] }
  | { outcome: "refused"; message: string }
  | { outcome: "uncaught"; message: string };

const LIMITS = { maxFileBytes: 64 * 1024 * 1024, maxColumns: 500, maxLineChars: 1_000_000 };

/** Applies the case's mutations to the base exports, loads the folder, and classifies what happened. */
export async function runCase(base: Record<string, Uint8Array>, fuzz: FuzzCase, fullPipeline: boolean): Promise<Outcome> {
  const dir = await mkdtemp(join(tmpdir(), "inspir-fuzz-"));
  try {
    let bytes: Uint8Array | null = base[fuzz.file] ?? null;
    for (const m of fuzz.mutations) bytes = await mutate(bytes, m);
    for (const [name, content] of Object.entries(base)) {
      const written = name === fuzz.file ? bytes : content;
      if (written !== null) await writeFile(join(dir, name), written);
    }
    try {
      const mismatches = await withConnection(":memory:", async (connection) => {
        await loadDataFolder(connection, dir, { limits: LIMITS });
        const found: string[] = [];
        const files = await queryRows<{ file: string; kind: keyof typeof EXPORT_SPECS; read: number; kept: number; rejected: number }>(connection, "SELECT file, kind, read, kept, rejected FROM files");
        for (const f of files) {
          if (f.read !== f.kept + f.rejected) found.push(`${f.file}: ${f.read} ≠ ${f.kept} + ${f.rejected}`);
          const [reported] = await queryRows<{ n: bigint }>(connection, "SELECT count(*) AS n FROM rejected WHERE file = $file", { file: f.file });
          if (Number(reported!.n) !== f.rejected) found.push(`${f.file}: ${f.rejected} rejected but ${reported!.n} reported`);
          // Every kept row is in its typed table (the markers' in long form, twelve rows each), and no other.
          const spec = EXPORT_SPECS[f.kind];
          const [typed] = await queryRows<{ n: bigint }>(connection, `SELECT count(DISTINCT line) AS n FROM "${spec.table}"${f.kind === "enveloppes" ? " WHERE source = 'export'" : ""}`);
          if (Number(typed!.n) !== f.kept) found.push(`${f.file}: ${f.kept} kept but ${typed!.n} in ${spec.table}`);
        }
        // The whole document on a share of the cases: slower, and it must not throw either.
        if (fullPipeline) JSON.stringify(await indicatorsDocument(connection));
        return found;
      });
      return { outcome: "loaded", mismatches };
    } catch (error) {
      if (error instanceof LoadError && !error.message.includes("\n") && error.message.includes(error.file)) return { outcome: "refused", message: error.message };
      return { outcome: "uncaught", message: error instanceof Error ? `${error.name}: ${error.message}`.split("\n")[0]! : String(error) };
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
