import { databaseSourceFromEnv } from "../../loaders/build/build-database.js";
import { attribuantConfigPath } from "../../loaders/opendata/attribuant-config.js";
import { openDataArchive } from "../../loaders/opendata/opendata-export.js";
import { editionFromEnv } from "../../loaders/site/edition.js";

// The SCDL file of the voted grants and its summary; the attributing body comes from config/attribuant.json
// (or the file INSPIR_ATTRIBUANT_CONFIG names).
process.stdout.write(await openDataArchive({ ...databaseSourceFromEnv(), configPath: attribuantConfigPath(undefined), edition: editionFromEnv() }));
