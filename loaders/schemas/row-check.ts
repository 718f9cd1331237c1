import type { z } from "zod";
import type { Cell } from "../parse/cell.js";

/** One fault of a row: the field it concerns and the rejection reason. */
export interface RowIssue {
  field: string;
  message: string;
}

/** A row validated: its typed value, or its faults (field faults in column order, else the row rules' faults). */
export type RowCheckResult<T> = { ok: true; value: T } | { ok: false; issues: RowIssue[] };

/** Distinct text values remembered per field; beyond, a field is checked cell by cell (identifiers, free text). */
const MEMO_LIMIT = 50_000;

type Transform = (input: unknown, ctx: { value: unknown; issues: { message: string; path?: PropertyKey[] }[] }) => unknown;
type Verdict = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Compiles a row schema of this project (a `z.object` of cell fields, each `anyCell.transform(…)`, optionally piped
 * into a row transform) into a function giving what `schema.safeParse` gives, while checking each distinct text of a
 * field once: exports repeat the same dates, communes and labels over hundreds of thousands of rows.
 * It runs the schema's own transforms, so the zod definition stays the only statement of the rules.
 */
export function compileRowCheck<S extends z.ZodType>(schema: S): (cells: Record<string, Cell>) => RowCheckResult<z.output<S>> {
  const def = (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
  const object = def.type === "pipe" ? def.in!._zod.def : def;
  const rowTransform = def.type === "pipe" ? transformOf(def.out!._zod.def) : undefined;
  if (object.type !== "object" || !object.shape) throw new Error(`compileRowCheck: expected an object schema, got ${object.type}`);
  const fields = Object.entries(object.shape).map(([name, field]) => {
    const fieldDef = field._zod.def;
    if (fieldDef.type !== "pipe" || fieldDef.in!._zod.def.type !== "custom") throw new Error(`compileRowCheck: field ${name} is not a cell transform`);
    return { name, check: memoized(transformOf(fieldDef.out!._zod.def)) };
  });

  return (cells) => {
    const row: Record<string, unknown> = {};
    let issues: RowIssue[] | undefined;
    for (const { name, check } of fields) {
      const verdict = check(cells[name] ?? null);
      if (verdict.ok) row[name] = verdict.value;
      else (issues ??= []).push({ field: name, message: verdict.message });
    }
    if (issues) return { ok: false, issues };
    if (!rowTransform) return { ok: true, value: row as z.output<S> };
    const ctx = { value: row as unknown, issues: [] as { message: string; path?: PropertyKey[] }[] };
    const value = rowTransform(row, ctx);
    if (ctx.issues.length > 0) return { ok: false, issues: ctx.issues.map((i) => ({ field: String(i.path?.[0] ?? ""), message: i.message })) };
    return { ok: true, value: value as z.output<S> };
  };
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

/** A field's transform as a verdict function, remembering verdicts on text cells. */
function memoized(transform: Transform): (cell: Cell) => Verdict {
  const run = (cell: Cell): Verdict => {
    const ctx = { value: cell as unknown, issues: [] as { message: string }[] };
    const value = transform(cell, ctx);
    return ctx.issues.length > 0 ? { ok: false, message: ctx.issues[0]!.message } : { ok: true, value };
  };
  const memo = new Map<string, Verdict>();
  let empty: Verdict | undefined;
  return (cell) => {
    if (cell === null) return (empty ??= run(null));
    if (typeof cell !== "string") return run(cell);
    let verdict = memo.get(cell);
    if (verdict === undefined) {
      verdict = run(cell);
      if (memo.size < MEMO_LIMIT) memo.set(cell, verdict);
    }
    return verdict;
  };
}
