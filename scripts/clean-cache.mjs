// Before each build or preview: Framework would reuse a data loader's output while the loader file is unchanged, even
// when the exports changed, so the loaders' outputs go. The bundles of node_modules packages (`_node`, one folder per
// name@version) and the offline npm pins (`_npm`) are kept: they change only with the lock file, and rebuilding them
// is most of a build's time.
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const cache = join("src", ".observablehq", "cache");
const KEPT = new Set(["_node", "_npm"]);
if (existsSync(cache)) for (const entry of readdirSync(cache)) if (!KEPT.has(entry)) rmSync(join(cache, entry), { recursive: true, force: true });
