import { parseArgs } from "node:util";
import type { z } from "zod";
import { UsageError } from "./usage-error.js";

/**
 * Parses `--name value` options against a zod schema. A wrong or missing argument is a usage error of two lines:
 * what is wrong, in French, then the usage; never the text of Node's parser or of the validator.
 */
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
    throw new UsageError(`${argumentProblem(error as NodeJS.ErrnoException, argv)}\n${usage}`);
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw new UsageError(`${optionProblem(parsed.error.issues[0], values)}\n${usage}`);
  return parsed.data;
}

/** What Node's parser refused, said in French from its error code and the arguments. */
function argumentProblem(error: NodeJS.ErrnoException, argv: readonly string[]): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? "";
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Option inconnue : ${quoted.startsWith("-") ? quoted : argv.find((a) => a.startsWith("-")) ?? quoted}.`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return `L’option ${/--[\w-]+/.exec(error.message)?.[0] ?? quoted} attend une valeur.`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `Argument inattendu : ${quoted} (chaque valeur suit le nom de son option).`;
    default:
      return "Arguments invalides.";
  }
}

/**
 * The first refused option, in French: missing, empty, or the schema's own message when it wrote one (the schemas
 * of the commands give French messages; zod's defaults are English and are never shown).
 */
function optionProblem(issue: z.core.$ZodIssue | undefined, values: Record<string, unknown>): string {
  const name = String(issue?.path[0] ?? "");
  const value = values[name];
  if (value === undefined) return `Option --${name} manquante.`;
  if (typeof value === "string" && value.trim() === "") return `L’option --${name} est vide.`;
  const custom = issue && !/^(Invalid|Too (small|big)|Expected|Unrecognized)/.test(issue.message) ? issue.message : "valeur invalide";
  return `--${name} ${JSON.stringify(value)} : ${custom}.`.replace(/\.\.$/, ".");
}
