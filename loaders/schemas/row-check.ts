import type { z } from "zod";
import type { Cell } from "../parse/cell.js";
import { requiredText, text } from "./fields.js";

/** One fault of a row: the field it concerns, the rejection reason and the cell it was read from. */
export interface RowIssue {
  field: string;
  message: string;
  cell: Cell;
}

/** A row validated: its typed value, or its faults (field faults in column order, else the row rules' faults). */
export type RowCheckResult<T> = { ok: true; value: T } | { ok: false; issues: RowIssue[] };

/** A compiled row check: takes a record's cells as read, in file column order. */
export type RowCheck<T> = (cells: readonly Cell[]) => RowCheckResult<T>;

type Transform = (input: unknown, ctx: { value: unknown; issues: { message: string; path?: PropertyKey[] }[] }) => unknown;

/** A field's rejection: the only value of this class a field check returns, so that valid values need no wrapper. */
class FieldFault {
  constructor(readonly message: string) {}
}

/** Lookups after which a field whose texts are mostly distinct (identifiers, free text) stops being memoised. */
const MEMO_TRIAL = 4096;
/** Most distinct texts remembered for one field. */
const MEMO_LIMIT = 50_000;

/**
 * Compiles a row schema of this project (a `z.object` of cell fields, each `anyCell.transform(…)`, optionally piped
 * into a row transform) into a function giving what `schema.safeParse` gives on the record's fields, faster:
 * each distinct text of a field is checked once (exports repeat the same dates, communes and labels over hundreds of
 * thousands of rows), and the row is assembled by code generated for its fields (V8 then sees one object shape).
 * It runs the schema's own transforms, so the zod definition stays the only statement of the rules.
 * `positions` gives each field's column in the file (undefined: the column is absent, the cell reads as empty).
 */
export function compileRowCheck<S extends z.ZodType>(schema: S, positions: Readonly<Record<string, number | undefined>>): RowCheck<z.output<S>> {
  const def = (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
  const object = def.type === "pipe" ? def.in!._zod.def : def;
  const rowTransform = def.type === "pipe" ? transformOf(def.out!._zod.def) : undefined;
  if (object.type !== "object" || !object.shape) throw new Error(`compileRowCheck: expected an object schema, got ${object.type}`);
  const fields = Object.entries(object.shape).map(([name, field]) => {
    const fieldDef = field._zod.def;
    if (fieldDef.type !== "pipe" || fieldDef.in!._zod.def.type !== "custom") throw new Error(`compileRowCheck: field ${name} is not a cell transform`);
    const transform = transformOf(fieldDef.out!._zod.def);
    return { name, check: CHEAPER_THAN_MEMO.has(field) ? direct(transform) : memoized(transform), position: positions[name] ?? -1 };
  });

  // Field names come from this code base's schemas, never from a file; JSON.stringify quotes them anyway.
  const body = [
    "let issues;",
    ...fields.map((f, i) => {
      const cell = f.position < 0 ? "null" : `(cells[${f.position}] ?? null)`;
      return `const c${i} = ${cell}; const v${i} = checks[${i}](c${i}); if (v${i} instanceof FieldFault) (issues ??= []).push({ field: ${JSON.stringify(f.name)}, message: v${i}.message, cell: c${i} });`;
    }),
    "if (issues !== undefined) return { ok: false, issues };",
    `const row = { ${fields.map((f, i) => `${JSON.stringify(f.name)}: v${i}`).join(", ")} };`,
    "return finish(row, cells);"
  ].join("\n");
  const cellOf = (field: string, cells: readonly Cell[]): Cell => {
    const p = positions[field];
    return p === undefined ? null : (cells[p] ?? null);
  };
  const finish = (row: Record<string, unknown>, cells: readonly Cell[]): RowCheckResult<z.output<S>> => {
    if (!rowTransform) return { ok: true, value: row as z.output<S> };
    const ctx = { value: row as unknown, issues: [] as { message: string; path?: PropertyKey[] }[] };
    const value = rowTransform(row, ctx);
    if (ctx.issues.length === 0) return { ok: true, value: value as z.output<S> };
    return {
      ok: false,
      issues: ctx.issues.map((i) => {
        const field = String(i.path?.[0] ?? "");
        return { field, message: i.message, cell: cellOf(field, cells) };
      })
    };
  };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated from the schema's field names only
  const compiled = new Function("checks", "finish", "FieldFault", `return function checkRow(cells) {\n${body}\n};`);
  return compiled(
    fields.map((f) => f.check),
    finish,
    FieldFault
  ) as RowCheck<z.output<S>>;
}

interface ZodDef {
  type: string;
  in?: { _zod: { def: ZodDef } };
  out?: { _zod: { def: ZodDef } };
  shape?: Record<string, { _zod: { def: ZodDef } }>;
  transform?: Transform;
}

function transformOf(def: ZodDef): Transform {
  if (def.type !== "transform" || typeof def.transform !== "function") throw new Error(`compileRowCheck: expected a transform, got ${def.type}`);
  return def.transform;
}

/** Fields whose check (trimming a text) costs less than looking the text up: they are never memoised. */
const CHEAPER_THAN_MEMO: ReadonlySet<unknown> = new Set([text, requiredText]);

/** A field's transform as a function giving its value or a FieldFault. */
function direct(transform: Transform): (cell: Cell) => unknown {
  const run = runner(transform);
  const empty = run(null);
  return (cell) => (cell === null ? empty : run(cell));
}

function runner(transform: Transform): (cell: Cell) => unknown {
  // One context reused: the transforms are synchronous and keep no reference to it.
  const ctx = { value: null as unknown, issues: [] as { message: string }[] };
  return (cell) => {
    ctx.value = cell;
    if (ctx.issues.length > 0) ctx.issues.length = 0;
    const value = transform(cell, ctx);
    return ctx.issues.length > 0 ? new FieldFault(ctx.issues[0]!.message) : value;
  };
}

/** A field's transform as a function giving its value or a FieldFault, remembering results on text cells while that pays. */
function memoized(transform: Transform): (cell: Cell) => unknown {
  const run = runner(transform);
  let memo: Map<string, unknown> | undefined = new Map();
  let lookups = 0;
  const empty = run(null);
  return (cell) => {
    if (cell === null) return empty;
    if (typeof cell !== "string" || memo === undefined) return run(cell);
    let result = memo.get(cell);
    if (result === undefined && !memo.has(cell)) {
      result = run(cell);
      if (memo.size < MEMO_LIMIT) memo.set(cell, result);
    }
    // Mostly distinct texts make the memo a cost: hashing each new string buys nothing.
    if (++lookups === MEMO_TRIAL && memo.size > MEMO_TRIAL / 2) memo = undefined;
    return result;
  };
}
