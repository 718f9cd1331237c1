import { parentPort, workerData } from "node:worker_threads";
import { LoadError } from "../load-error.js";
import { type CheckedToCsv, type WorkerInput, type WorkerMessage, checkExportToCsv } from "./check-exports-to-csv.js";

// Worker thread entry (see checkExportsToCsv): checks its exports in turn and posts plain data back.
const { kinds, paths, dir, limits } = workerData as WorkerInput;
const post = (message: WorkerMessage) => parentPort!.postMessage(message);
const results: CheckedToCsv[] = [];
let current = kinds[0]!;
try {
  for (const kind of kinds) {
    current = kind;
    results.push(await checkExportToCsv(kind, paths[kind]!, dir, { limits, log: (line) => post({ log: line }) }));
  }
  post({ results });
} catch (error) {
  if (error instanceof LoadError) post({ loadError: { kind: current, file: error.file, detail: error.detail, column: error.column } });
  else post({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
