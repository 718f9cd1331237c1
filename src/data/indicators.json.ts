import { computeIndicators, dataDirFromEnv } from "../../loaders/index.js";
process.stdout.write(JSON.stringify(await computeIndicators({ dataDir: dataDirFromEnv() })));
