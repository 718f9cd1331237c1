import { databaseSourceFromEnv, siteArchive } from "../../loaders/index.js";

process.stdout.write(await siteArchive(databaseSourceFromEnv()));
