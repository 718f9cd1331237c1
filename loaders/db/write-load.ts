import type { DuckDBConnection } from "@duckdb/node-api";
import type { KeptRowSinks, LoadReport } from "../load/load-exports.js";
import { GODIN_MARKERS, STAGES } from "../schemas/vocabulary.js";
import { territoryReference } from "../territory/reference.js";
import { openTableAppender, writeTable } from "./table-def.js";
import {
  COMMUNES_TABLE,
  DOSSIERS_TABLE,
  ENVELOPPES_TABLE,
  EPCI_TABLE,
  FILES_TABLE,
  IDEES_TABLE,
  MARQUEURS_TABLE,
  PAIEMENTS_TABLE,
  PERSONAL_TABLE,
  REJECTED_TABLE,
  STAGES_TABLE
} from "./tables.js";

/** A load being written into DuckDB: hand its sinks to streamExports, then finish with the load's report. */
export interface LoadWriter {
  sinks: KeptRowSinks;
  finish(report: LoadReport): Promise<void>;
}

/**
 * Writes the territories, then opens the tables of kept rows so that each row is appended as it is validated
 * (no export is held in memory); `finish` completes them and writes the reports. Personal values go apart.
 */
export async function openLoadWriter(connection: DuckDBConnection): Promise<LoadWriter> {
  const reference = territoryReference();
  await writeTable(connection, EPCI_TABLE, reference.epci.values());
  await writeTable(connection, COMMUNES_TABLE, reference.communes.values());
  await writeTable(connection, STAGES_TABLE, STAGES.map((stage, i) => ({ rank: i + 1, stage })));
  const dossiers = await openTableAppender(connection, DOSSIERS_TABLE);
  const paiements = await openTableAppender(connection, PAIEMENTS_TABLE);
  const idees = await openTableAppender(connection, IDEES_TABLE);
  const marqueurs = await openTableAppender(connection, MARQUEURS_TABLE);
  const personal = await openTableAppender(connection, PERSONAL_TABLE);
  return {
    sinks: {
      dossier: (d, file) => {
        dossiers.append(d);
        if (d.contact !== null) personal.append({ file, line: d.line, recordId: d.id, column: "Contact", value: d.contact });
      },
      paiement: (p) => paiements.append(p),
      idee: (i, file) => {
        idees.append(i);
        if (i.porteur !== null) personal.append({ file, line: i.line, recordId: i.id, column: "Porteur", value: i.porteur });
        if (i.email !== null) personal.append({ file, line: i.line, recordId: i.id, column: "Email", value: i.email });
      },
      // The long form, one row per assessment and marker, suits radars and averages.
      marqueur: (m) => {
        GODIN_MARKERS.forEach((marker, i) => marqueurs.append({ dossier: m.dossier, line: m.line, dateComite: m.dateComite, rank: i + 1, marker, score: m.scores[marker] }));
      }
    },
    async finish(report) {
      for (const table of [dossiers, paiements, idees, marqueurs, personal]) await table.close();
      await writeTable(connection, ENVELOPPES_TABLE, report.enveloppes.map((e) => ({ ...e, source: report.enveloppesSource })));
      await writeTable(connection, FILES_TABLE, report.files);
      await writeTable(connection, REJECTED_TABLE, report.rejected);
    }
  };
}
