import { join } from "node:path";
import type { KeptRowSinks } from "../load/check-export.js";
import type { ExportKind } from "../read/locate-exports.js";
import { GODIN_MARKERS } from "../schemas/vocabulary.js";
import { type TableCsvWriter, openTableCsv } from "./table-csv.js";
import type { TableDef } from "./table-def.js";
import { DOSSIERS_TABLE, IDEES_TABLE, MARQUEURS_TABLE, PAIEMENTS_TABLE, PERSONAL_TABLE } from "./tables.js";

/** The tables an export's kept rows go to. */
export type LoadTableName = "dossiers" | "paiements" | "idees" | "marqueurs" | "personal_data";

/** A CSV file of kept rows for one table, written by openLoadCsv. */
export interface LoadCsvFile {
  /** The export the rows come from: its excluded lines apply. */
  kind: ExportKind;
  table: LoadTableName;
  path: string;
}

/** The tables' definitions by name, for the import. */
export const LOAD_TABLES: Record<LoadTableName, TableDef<never>> = {
  dossiers: DOSSIERS_TABLE,
  paiements: PAIEMENTS_TABLE,
  idees: IDEES_TABLE,
  marqueurs: MARQUEURS_TABLE,
  personal_data: PERSONAL_TABLE
} as unknown as Record<LoadTableName, TableDef<never>>;

/**
 * Sinks that write the kept rows of export `kind` as CSV files in `dir`, one per table, personal values apart
 * (Contact, Porteur, Email go to personal_data, never to the indicator tables). `close` lists the files written.
 */
export function openLoadCsv(dir: string, kind: ExportKind): { sinks: KeptRowSinks; close: () => LoadCsvFile[] } {
  const files: LoadCsvFile[] = [];
  const writers = new Map<LoadTableName, TableCsvWriter<never>>();
  const writer = <T>(table: LoadTableName): TableCsvWriter<T> => {
    let w = writers.get(table);
    if (!w) {
      const path = join(dir, `${kind}-${table}.csv`);
      w = openTableCsv(LOAD_TABLES[table], path);
      writers.set(table, w);
      files.push({ kind, table, path });
    }
    return w as TableCsvWriter<T>;
  };
  const personal = (file: string, line: number, recordId: string, column: string, value: string | null) => {
    if (value !== null) writer("personal_data").append({ file, line, recordId, column, value });
  };
  return {
    sinks: {
      dossier: (d, file) => {
        writer("dossiers").append(d);
        personal(file, d.line, d.id, "Contact", d.contact);
      },
      paiement: (p) => writer("paiements").append(p),
      idee: (i, file) => {
        writer("idees").append(i);
        personal(file, i.line, i.id, "Porteur", i.porteur);
        personal(file, i.line, i.id, "Email", i.email);
      },
      // The long form, one row per assessment and marker, suits radars and averages.
      marqueur: (m) => {
        const out = writer("marqueurs");
        GODIN_MARKERS.forEach((marker, i) => out.append({ dossier: m.dossier, line: m.line, dateComite: m.dateComite, rank: i + 1, marker, score: m.scores[marker] }));
      }
    },
    close: () => {
      for (const w of writers.values()) w.close();
      return files;
    }
  };
}
