import { access } from "node:fs/promises";
import { resolve } from "node:path";
import { withConnection } from "../db/with-connection.js";
import { LoadError } from "../load-error.js";
import { interactive } from "../sql/interactive.js";
import { runQuery } from "../sql/query-result.js";
import { formatResult } from "../sql/result-format.js";
import { sqlOptions } from "../sql/sql-options.js";
import { runCommand } from "./run-command.js";

await runCommand(async () => {
  const options = sqlOptions(process.argv.slice(2));
  // npm runs scripts from the package's root; INIT_CWD is where the user typed the command.
  const database = resolve(process.env.INIT_CWD ?? process.cwd(), options.database);
  await access(database).catch(() => {
    throw new LoadError(options.database, "fichier introuvable (créez-le avec npm run ingest)");
  });
  await withConnection(
    database,
    async (connection) => {
      if (options.query === undefined) return interactive(connection, options.format, { input: process.stdin, output: process.stdout });
      const result = await runQuery(connection, options.query).catch((error: Error) => {
        throw new LoadError(options.database, `requête refusée : ${error.message.split("\n")[0]}`);
      });
      process.stdout.write(formatResult(result, options.format));
    },
    { access_mode: "READ_ONLY" }
  ).catch((error: Error) => {
    if (error instanceof LoadError) throw error;
    throw new LoadError(options.database, `ouverture impossible : ${error.message.split("\n")[0]}`);
  });
});
