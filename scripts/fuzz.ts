import { z } from "zod";
import { parseOptions } from "../loaders/cli/args.js";
import { runCommand } from "../loaders/cli/run-command.js";
import { fuzzCases, runFuzz } from "../test/fuzz/run-fuzz.js";

const USAGE = "Usage : npm run fuzz -- [--cases 10000] [--seed 2016] [--timeout 20000]";

await runCommand(async () => {
  const options = parseOptions(
    process.argv.slice(2),
    z.object({
      cases: z.coerce.number().int().positive().default(1000),
      seed: z.coerce.number().int().default(2016),
      timeout: z.coerce.number().int().positive().default(20_000)
    }),
    USAGE
  );
  const started = performance.now();
  const report = await runFuzz(fuzzCases(options.cases, options.seed), {
    timeoutMs: options.timeout,
    onProgress: (done) => {
      if (done % 500 === 0) process.stderr.write(`${done} / ${options.cases} cas\n`);
    }
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  process.stdout.write(
    `${report.cases} cas (graine ${options.seed}) en ${seconds} s : ${report.loaded} chargés, ${report.refused} refusés avec un message, ` +
      `${report.uncaught} exceptions non gérées, ${report.hangs} blocages, ${report.mismatches} écarts lues ≠ gardées + rejetées\n`
  );
  for (const e of report.examples) process.stdout.write(`  ${e.kind} : ${e.message}\n    ${JSON.stringify(e.fuzz).slice(0, 300)}\n`);
  if (report.uncaught + report.hangs + report.mismatches > 0) process.exitCode = 1;
});
