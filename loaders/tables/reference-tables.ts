import type { DuckDBConnection } from "@duckdb/node-api";
import { STAGES } from "../schemas/vocabulary.js";
import { territoryReference } from "../territory/reference.js";
import { type TableDef, createTable } from "./table-ddl.js";

const EPCI: TableDef = {
  name: "epci",
  comment: "Les 92 EPCI ayant au moins une commune membre en Hauts-de-France (@etalab/decoupage-administratif 6.0.0)",
  columns: [
    { name: "siren", type: "VARCHAR", comment: "SIREN de l'EPCI" },
    { name: "name", type: "VARCHAR", comment: "Nom de l'EPCI" },
    { name: "population", type: "INTEGER", comment: "Population municipale de tout l'EPCI (habitants)" }
  ]
};

const COMMUNES: TableDef = {
  name: "communes",
  comment: "Communes actuelles des Hauts-de-France, avec leur EPCI, leur département et leur versant",
  columns: [
    { name: "code", type: "VARCHAR", comment: "Code INSEE" },
    { name: "name", type: "VARCHAR", comment: "Nom" },
    { name: "departement", type: "VARCHAR", comment: "Code du département (02, 59, 60, 62, 80)" },
    { name: "versant", type: "VARCHAR", comment: "Nord-Pas-de-Calais ou Picardie" },
    { name: "epci_siren", type: "VARCHAR", comment: "SIREN de son EPCI" },
    { name: "population", type: "INTEGER", comment: "Population municipale (habitants)" }
  ]
};

const STAGES_TABLE: TableDef = {
  name: "stages",
  comment: "Les six étapes d'une idée, dans l'ordre",
  columns: [
    { name: "rank", type: "INTEGER", comment: "De 1 à 6" },
    { name: "stage", type: "VARCHAR", comment: "Nom de l'étape" }
  ]
};

/** Writes the territories (from the official reference package) and the idea stages: the tables the checks join. */
export async function writeReferenceTables(connection: DuckDBConnection): Promise<void> {
  const reference = territoryReference();
  await fill(connection, EPCI, [...reference.epci.values()].map((e) => [e.siren, e.name, e.population]));
  await fill(connection, COMMUNES, [...reference.communes.values()].map((c) => [c.code, c.name, c.departement, c.versant, c.epciSiren, c.population]));
  await fill(connection, STAGES_TABLE, STAGES.map((stage, i) => [i + 1, stage]));
}

async function fill(connection: DuckDBConnection, def: TableDef, rows: readonly (string | number)[][]): Promise<void> {
  await createTable(connection, def);
  const appender = await connection.createAppender(def.name);
  try {
    for (const row of rows) {
      for (const v of row) {
        if (typeof v === "number") appender.appendInteger(v);
        else appender.appendVarchar(v);
      }
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
