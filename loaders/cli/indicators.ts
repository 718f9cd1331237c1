import { z } from "zod";
import { computeIndicators } from "../indicators/compute-indicators.js";
import { parseOptions } from "./args.js";
import { logProgress, runCommand } from "./run-command.js";

const USAGE = "Usage : npm run --silent indicators -- --data <dossier des exports>";

await runCommand(async () => {
  const { data } = parseOptions(process.argv.slice(2), z.object({ data: z.string().min(1) }), USAGE);
  const document = await computeIndicators({ dataDir: data, log: logProgress });
  process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
});
