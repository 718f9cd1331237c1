import { parseArgs } from "node:util";
import { z } from "zod";

/** The bench's usage line, shown with every option error. */
export const USAGE = "usage: npm run bench -- [--scales 1,10,100,1000] [--runs 3] [--no-build] [--out docs/performance.md] [--work .bench]";

/** A mistake in the command line, reported on one line without a stack trace. */
export class BenchUsageError extends Error {
  override readonly name = "BenchUsageError";
}

const scalesSchema = z
  .string()
  .trim()
  .min(1, "--scales must not be empty")
  .transform((text) => text.split(",").map((part) => part.trim()))
  .pipe(
    z
      .array(
        z.coerce
          .number<string>({ error: "--scales must be whole numbers separated by commas" })
          .int("--scales must be whole numbers")
          .min(1, "--scales must be at least 1")
          .max(100_000, "--scales must be at most 100000")
      )
      .min(1)
  )
  // Sorted and deduplicated: growth between consecutive scales is read off adjacent columns.
  .transform((scales: number[]) => [...new Set(scales)].sort((a, b) => a - b));

const optionsSchema = z.object({
  scales: scalesSchema,
  runs: z.coerce.number({ error: "--runs must be a number" }).int("--runs must be a whole number").min(1, "--runs must be at least 1").max(50, "--runs must be at most 50"),
  build: z.boolean(),
  out: z.string().trim().min(1, "--out must not be empty"),
  work: z.string().trim().min(1, "--work must not be empty")
});

/** The bench's validated options. */
export type BenchOptions = z.infer<typeof optionsSchema>;

/** Parses the command line; throws BenchUsageError on any unknown option or bad value. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions | "help" {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        scales: { type: "string" },
        runs: { type: "string" },
        "no-build": { type: "boolean" },
        out: { type: "string" },
        work: { type: "string" },
        help: { type: "boolean", short: "h" }
      },
      strict: true,
      allowPositionals: false
    }));
  } catch (error) {
    throw new BenchUsageError(`${(error as Error).message.split("\n")[0]} (${USAGE})`);
  }
  if (values.help) return "help";
  const parsed = optionsSchema.safeParse({
    scales: values.scales ?? "1,10,100,1000",
    runs: values.runs ?? "3",
    build: values["no-build"] !== true,
    out: values.out ?? "docs/performance.md",
    work: values.work ?? ".bench"
  });
  if (!parsed.success) throw new BenchUsageError(`${parsed.error.issues[0]?.message ?? "invalid arguments"} (${USAGE})`);
  return parsed.data;
}
