import { databaseSourceFromEnv, explorerArchive } from "../../loaders/index.js";

process.stdout.write(await explorerArchive(databaseSourceFromEnv()));
