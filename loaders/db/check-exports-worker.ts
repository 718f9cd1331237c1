import { parentPort, workerData } from "node:worker_threads";
import { LoadError } from "../load-error.js";
import { type WorkerInput, type WorkerMessage, checkExportToCsv } from "./check-exports-to-csv.js";

// Worker thread entry (see checkExportsToCsv): checks its exports in turn and posts plain data back.
const { kinds, paths, dir, limits } = workerData as WorkerInput;
const post = (message: WorkerMessage) => parentPort!.postMessage(message);
let current = kinds[0]!;
try {
  for (const kind of kinds) {
    current = kind;
    // Each export is posted once checked: the main thread may use it while the next one is checked here.
    post({ checked: await checkExportToCsv(kind, paths[kind]!, dir, { limits, log: (line) => post({ log: line }) }) });
  }
  post({ done: true });
} catch (error) {
  if (error instanceof LoadError) post({ loadError: { kind: current, file: error.file, detail: error.detail, column: error.column } });
  else post({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
