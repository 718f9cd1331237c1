import { dataDirFromEnv, siteArchive } from "../../loaders/index.js";

process.stdout.write(await siteArchive({ dataDir: dataDirFromEnv(), log: (m) => process.stderr.write(`${m}\n`) }));
