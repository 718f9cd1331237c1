import { databaseSourceFromEnv, editionFromEnv, siteArchive } from "../../loaders/index.js";

process.stdout.write(await siteArchive(databaseSourceFromEnv(), editionFromEnv()));
