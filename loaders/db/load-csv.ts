import { join } from "node:path";
import type { KeptRowSinks } from "../load/check-export.js";
import type { ExportKind } from "../read/locate-exports.js";
import { LOAD_LAYOUTS, type LoadKind } from "./load-layouts.js";
import { type TableCsvWriter, openTableCsv } from "./table-csv.js";
import type { TableDef } from "./table-def.js";

/** The CSV file of one export's kept rows, written by openLoadCsv in the layout LOAD_LAYOUTS gives its kind. */
export interface LoadCsvFile {
  /** The export the rows come from: its layout and its excluded lines apply. */
  kind: LoadKind;
  /** The export's file name, recorded with its personal values. */
  file: string;
  path: string;
}

/**
 * Sinks that write the kept rows of export `kind` to one CSV file in `dir`, in its layout (see LOAD_LAYOUTS); `close`
 * lists the file, if any row was kept. The file holds the personal values (Contact, Porteur, Email) until the import
 * moves them to personal_data, never to the indicator tables.
 */
export function openLoadCsv(dir: string, kind: ExportKind): { sinks: KeptRowSinks; close: () => LoadCsvFile[] } {
  const path = join(dir, `${kind}.csv`);
  // Opened by the first kept row: only the sink of `kind` is ever called.
  let opened: { file: LoadCsvFile; writer: TableCsvWriter<never> } | undefined;
  const writer = <T>(def: TableDef<T>, file: string): TableCsvWriter<T> => {
    opened ??= { file: { kind: kind as LoadKind, file, path }, writer: openTableCsv(def as TableDef<never>, path) };
    return opened.writer as TableCsvWriter<T>;
  };
  return {
    sinks: {
      dossier: (d, file) => writer(LOAD_LAYOUTS.dossiers.csv, file).append(d),
      paiement: (p, file) => writer(LOAD_LAYOUTS.paiements.csv, file).append(p),
      idee: (i, file) => writer(LOAD_LAYOUTS.suivi.csv, file).append(i),
      marqueur: (m, file) => writer(LOAD_LAYOUTS.marqueurs.csv, file).append(m)
    },
    close: () => {
      opened?.writer.close();
      return opened ? [opened.file] : [];
    }
  };
}
