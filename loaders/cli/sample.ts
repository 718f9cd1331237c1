import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";
import { DEFAULT_SEED, generateSample, lineKey, manifestTable, type SampleSummary } from "../sample/index.js";

const USAGE = "Usage : npm run sample -- [--scale N --out <dossier>] [--seed <texte>] [--single] [--manifest]";

/** The committed scale-1 sample, relative to the repository rather than the working directory. */
const DEFAULT_OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "data", "sample");

const argsSchema = z
  .object({
    scale: z.coerce.number({ error: "--scale doit être un nombre" }).int("--scale doit être un nombre entier").min(1, "--scale doit valoir au moins 1").max(100_000, "--scale doit valoir au plus 100000"),
    out: z.string().min(1, "--out est vide").optional(),
    seed: z.string().min(1, "--seed est vide").max(100, "--seed est trop long"),
    manifest: z.boolean(),
    single: z.boolean()
  })
  .refine((a) => a.out !== undefined || (a.scale === 1 && a.seed === DEFAULT_SEED && !a.single), {
    error: "--out est obligatoire avec --scale, --seed ou --single (data/sample contient l’échantillon de référence, échelle 1)"
  });

type Args = z.infer<typeof argsSchema>;

/** A mistake of the user, reported as one line without a stack trace. */
class UsageError extends Error {}

function parse(argv: string[]): Args {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { scale: { type: "string" }, out: { type: "string" }, seed: { type: "string" }, manifest: { type: "boolean" }, single: { type: "boolean" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false
    }));
  } catch (error) {
    const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? "";
    throw new UsageError(`${(error as NodeJS.ErrnoException).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? `Option inconnue : ${option}` : `Arguments invalides (${option})`} ; ${USAGE}`);
  }
  if (values.help) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(0);
  }
  const parsed = argsSchema.safeParse({ scale: values.scale ?? "1", out: values.out, seed: values.seed ?? DEFAULT_SEED, manifest: values.manifest ?? false, single: values.single ?? false });
  if (!parsed.success) throw new UsageError(`${parsed.error.issues[0]?.message ?? "arguments invalides"} ; ${USAGE}`);
  return parsed.data;
}

const euro = (cents: number): string => `${Math.round(cents / 100).toLocaleString("fr-FR").replace(/\u202f|\u00a0/g, " ")} €`;

function summaryLine(args: Args, out: string, s: SampleSummary, seconds: number): string {
  const engaged = [...s.engagement.engaged.values()].reduce((a, b) => a + b, 0);
  const r = s.rows;
  return (
    `Échantillon : échelle ${args.scale}, graine ${args.seed} → ${out} : ${r.dossiers} dossiers, ${r.paiements} paiements, ${r.suivi} idées, ` +
    `${r.marqueurs} marqueurs, ${r.enveloppes} enveloppes ; ${s.planted.rejected} lignes fautives, ${s.planted.alerts} manquements ; ` +
    `INS'pir engagé ${euro(engaged)} / ${euro(s.envelope)} (${Math.round((100 * engaged) / s.envelope)} %) — ` +
    `Fonct. NPDC ${euro(s.engagement.engaged.get(lineKey("Fonctionnement", "Nord-Pas-de-Calais")) ?? 0)} ; ${seconds.toFixed(1).replace(".", ",")} s`
  );
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const out = resolve(args.out ?? DEFAULT_OUT);
  const started = performance.now();
  // Three monthly exports at scale 1 (the committed sample); one export, the last, for larger scales or with --single.
  const summary = await generateSample({ out, scale: args.scale, seed: args.seed, monthly: args.scale === 1 && !args.single });
  if (args.manifest) process.stdout.write(`${manifestTable(summary.manifest)}\n`);
  process.stderr.write(`${summaryLine(args, out, summary, (performance.now() - started) / 1000)}\n`);
}

main().catch((error: unknown) => {
  const message = error instanceof UsageError ? error.message : `Erreur : ${(error as Error)?.message ?? String(error)}`;
  process.stderr.write(`${message.split("\n")[0]}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
