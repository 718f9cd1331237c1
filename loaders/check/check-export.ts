import type { DuckDBConnection } from "@duckdb/node-api";
import type { RawExport } from "../raw/raw-table.js";
import type { ColumnSpec, ExportSpec } from "../schemas/export-spec.js";
import { sqlText } from "../schemas/export-spec.js";
import { writeVerdicts } from "./verdicts.js";

/** The checked table of an export: its raw rows, typed, with every fault found on them (`faults`, empty when kept). */
export function checkedTable(spec: ExportSpec): string {
  return `checked_${spec.kind}`;
}

/** A possible fault of a row: the column's header, the SQL of its cell's raw text, and of the reason (NULL: no fault). */
interface Fault {
  column: ColumnSpec;
  raw: string;
  reason: string;
}

const fault = (column: ColumnSpec, raw: string, reason: string): Fault => ({ column, raw, reason });

/**
 * The SQL list of a row's faults, as the rejection report shows them (header, trimmed text, reason), in order.
 * Most rows have none: the list is only built when a reason is not NULL.
 */
function faultList(faults: readonly Fault[]): string {
  if (faults.length === 0) return "[]";
  const structs = faults.map((f) => `{'column': ${sqlText(f.column.header)}, 'value': coalesce(js_trim(${f.raw}), ''), 'reason': ${f.reason}}`);
  return `CASE WHEN coalesce(${faults.map((f) => f.reason).join(", ")}) IS NULL THEN [] ELSE list_filter([${structs.join(", ")}], f -> f.reason IS NOT NULL) END`;
}

/**
 * Checks an export in its raw table and writes `checked_<kind>`. In the order of their report, a row's faults are:
 * its cells' (each column's distinct texts parsed once, see writeVerdicts); when its cells are valid, the row rules';
 * a repeated identifier (the later rows); when its cells and row rules are valid, its references to the dossiers
 * (the table `dossier_index`, which must exist for an export that refers to dossiers).
 */
export async function checkExport(connection: DuckDBConnection, raw: RawExport, dossiersFile: string): Promise<void> {
  const { spec, table } = raw;
  const joins: string[] = [];
  const cells: string[] = [];
  const cellFaults: Fault[] = [];
  for (const [i, column] of spec.columns.entries()) {
    const name = `"${column.name}"`;
    cells.push(`raw.${name} AS "raw_${column.name}"`);
    if (column.cell.kind === "text") {
      cells.push(`nullif(js_trim(raw.${name}), '') AS ${name}`);
      if (column.cell.required) cellFaults.push(fault(column, `c."raw_${column.name}"`, `CASE WHEN c.${name} IS NULL THEN 'valeur obligatoire absente' END`));
    } else {
      const verdicts = `verdicts_${spec.kind}_${column.name}`;
      await writeVerdicts(connection, { table, column: column.name }, verdicts, column.cell.type, column.cell.parse);
      joins.push(`LEFT JOIN "${verdicts}" v${i} ON v${i}.raw IS NOT DISTINCT FROM raw.${name}`);
      cells.push(`v${i}.value${column.cell.type === "DATE" ? "::DATE" : ""} AS ${name}`, `v${i}.fault AS "fault_${column.name}"`);
      cellFaults.push(fault(column, `c."raw_${column.name}"`, `c."fault_${column.name}"`));
    }
    if (column.rowParse) {
      const verdicts = `row_verdicts_${spec.kind}_${column.name}`;
      await writeVerdicts(connection, { table, column: column.name }, verdicts, column.rowParse.type, column.rowParse.parse);
      joins.push(`LEFT JOIN "${verdicts}" r${i} ON r${i}.raw IS NOT DISTINCT FROM raw.${name}`);
      cells.push(`r${i}.value${column.rowParse.type === "DATE" ? "::DATE" : ""} AS "row_value_${column.name}"`, `r${i}.fault AS "row_fault_${column.name}"`);
    }
  }

  const byName = new Map(spec.columns.map((c) => [c.name, c]));
  const rowParsed = spec.columns.filter((c) => c.rowParse);
  const rowFaults = (spec.rowRules ?? []).map((rule) => {
    if (typeof rule === "string") {
      const column = byName.get(rule)!;
      return fault(column, `c."raw_${rule}"`, `CASE WHEN ${column.rowParse!.when} THEN c."row_fault_${rule}" END`);
    }
    return fault(byName.get(rule.column)!, `c."raw_${rule.column}"`, rule.reason);
  });
  // The second readings replace the column: its value where `when` holds, `otherwise` elsewhere.
  const replaced = rowParsed.map((c) => `CASE WHEN ${c.rowParse!.when} THEN c."row_value_${c.name}" ELSE ${c.rowParse!.otherwise ?? "NULL"} END AS "${c.name}"`);
  const dropped = [
    ...rowParsed.flatMap((c) => [`"row_value_${c.name}"`, `"row_fault_${c.name}"`]),
    ...spec.columns.filter((c) => c.cell.kind === "parse").map((c) => `"fault_${c.name}"`)
  ];

  const key = spec.key ? byName.get(spec.key)! : undefined;
  // A row's identifier as the duplicate check compares it, read from a raw cell.
  const keyText = (cell: (name: string) => string) => (key ? `coalesce(js_trim(${cell(key.name)}), '')` : "''");
  const references = (spec.references ?? []).map((ref, i) => {
    const column = byName.get(ref.column)!;
    const other = ref.dispositif === undefined ? "NULL" : `CASE WHEN d${i}.dispositif <> ${sqlText(ref.dispositif)} THEN ${sqlText(`dossier d'un autre dispositif que « ${ref.dispositif} » (`)} || d${i}.dispositif || ')' END`;
    joins.push(`LEFT JOIN dossier_index d${i} ON d${i}.id = c."${column.name}"`);
    return fault(
      column,
      `c."raw_${column.name}"`,
      `CASE WHEN c."${column.name}" IS NULL THEN NULL
            WHEN d${i}.dispositif IS NOT NULL THEN ${other}
            WHEN d${i}.rejected_line IS NOT NULL THEN 'dossier rejeté (' || $dossiersFile || ' ligne ' || d${i}.rejected_line || ')'
            ELSE 'dossier absent de ' || $dossiersFile END`
    );
  });
  const [cellJoins, referenceJoins] = [joins.filter((j) => !j.includes("dossier_index")), joins.filter((j) => j.includes("dossier_index"))];
  const duplicate = key
    ? `CASE WHEN c.key_text <> '' AND c.line > f.first_line THEN [{'column': ${sqlText(key.header)}, 'value': c.key_text, 'reason': 'identifiant en double (déjà ligne ' || f.first_line || ')'}] ELSE [] END`
    : "[]";

  await connection.run(
    `CREATE OR REPLACE TEMP TABLE "${checkedTable(spec)}" AS
     WITH typed AS (
       SELECT raw.line, ${cells.join(", ")} FROM "${table}" raw ${cellJoins.join(" ")}
     ), valued AS (
       SELECT c.*, ${faultList(cellFaults)} AS cell_faults FROM typed c
     ), ruled AS (
       SELECT c.* ${dropped.length > 0 ? `EXCLUDE (${dropped.join(", ")})` : ""} ${replaced.length > 0 ? `REPLACE (${replaced.join(", ")})` : ""},
              CASE WHEN len(c.cell_faults) > 0 THEN c.cell_faults ELSE ${faultList(rowFaults)} END AS own_faults,
              ${keyText((name) => `c."raw_${name}"`)} AS key_text
       FROM valued c
     ), firsts AS (
       -- An aggregate joined back, not a window: a window over every column sorted the whole export.
       SELECT ${keyText((name) => `"${name}"`)} AS key_text, min(line) AS first_line FROM "${table}" GROUP BY ALL
     )
     SELECT c.* EXCLUDE (cell_faults, own_faults, key_text, ${spec.columns.map((col) => `"raw_${col.name}"`).join(", ")}),
            c.key_text,
            list_concat(c.own_faults, ${duplicate}, CASE WHEN len(c.own_faults) = 0 THEN ${faultList(references)} ELSE [] END) AS faults
     FROM ruled c JOIN firsts f ON f.key_text = c.key_text ${referenceJoins.join(" ")}`,
    references.length > 0 ? { dossiersFile } : undefined
  );
}

/**
 * The dossiers other exports may refer to, from `checked_dossiers`: by identifier, the dispositif of the kept one,
 * and the first line of a rejected one (for the reason's « dossier rejeté (… ligne N) »).
 */
export async function writeDossierIndex(connection: DuckDBConnection): Promise<void> {
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE dossier_index AS
     SELECT key_text AS id, any_value(dispositif) FILTER (WHERE len(faults) = 0) AS dispositif, min(line) FILTER (WHERE len(faults) > 0) AS rejected_line
     FROM checked_dossiers WHERE key_text <> '' GROUP BY key_text`
  );
}
