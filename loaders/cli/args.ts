import { parseArgs } from "node:util";
import { z } from "zod";
import { UsageError } from "./usage-error.js";

/** Parses `--name value` options against a zod schema; unknown options and bad values are usage errors. */
export function parseOptions<S extends z.ZodObject>(argv: readonly string[], schema: S, usage: string): z.output<S> {
  const names = Object.keys(schema.shape);
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: Object.fromEntries(names.map((n) => [n, { type: "string" as const }])),
      strict: true,
      allowPositionals: false
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split("\n")[0]}\n${usage}`);
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`--${String(issue?.path[0] ?? "")}: ${issue?.message ?? "invalid"}\n${usage}`);
  }
  return parsed.data;
}
