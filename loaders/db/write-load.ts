import type { DuckDBConnection } from "@duckdb/node-api";
import type { LoadResult } from "../load/load-exports.js";
import { STAGES } from "../schemas/vocabulary.js";
import { territoryReference } from "../territory/reference.js";
import { writeTable } from "./table-def.js";
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
  type PersonalValue,
  REJECTED_TABLE,
  STAGES_TABLE,
  markerScores
} from "./tables.js";

/** Writes the territories, the kept rows, the reports and the personal values of a load into DuckDB tables. */
export async function writeLoad(connection: DuckDBConnection, load: LoadResult): Promise<void> {
  const reference = territoryReference();
  await writeTable(connection, EPCI_TABLE, reference.epci.values());
  await writeTable(connection, COMMUNES_TABLE, reference.communes.values());
  await writeTable(connection, STAGES_TABLE, STAGES.map((stage, i) => ({ rank: i + 1, stage })));
  await writeTable(connection, DOSSIERS_TABLE, load.dossiers);
  await writeTable(connection, PAIEMENTS_TABLE, load.paiements);
  await writeTable(connection, IDEES_TABLE, load.idees);
  await writeTable(connection, MARQUEURS_TABLE, markerScores(load.marqueurs));
  await writeTable(connection, ENVELOPPES_TABLE, load.enveloppes.map((e) => ({ ...e, source: load.enveloppesSource })));
  await writeTable(connection, FILES_TABLE, load.files);
  await writeTable(connection, REJECTED_TABLE, load.rejected);
  await writeTable(connection, PERSONAL_TABLE, personalValues(load));
}

function* personalValues(load: LoadResult): Generator<PersonalValue> {
  const dossierFile = load.files.find((f) => f.kind === "dossiers")?.file ?? "dossiers";
  const suiviFile = load.files.find((f) => f.kind === "suivi")?.file ?? "suivi";
  for (const d of load.dossiers) if (d.contact !== null) yield { file: dossierFile, line: d.line, recordId: d.id, column: "Contact", value: d.contact };
  for (const i of load.idees) {
    if (i.porteur !== null) yield { file: suiviFile, line: i.line, recordId: i.id, column: "Porteur", value: i.porteur };
    if (i.email !== null) yield { file: suiviFile, line: i.line, recordId: i.id, column: "Email", value: i.email };
  }
}
