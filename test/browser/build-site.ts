import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { EDITION_OUTPUT, EDITION_VARIABLE, type Edition } from "../../loaders/site/edition.js";

/** The repository's root directory (absolute). */
export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** What a build of the site produced. */
export interface SiteBuild {
  /** The built site (the workspace's `dist/`, or `dist-public/` for the public edition). */
  dist: string;
  /** The workspace it was built in: a copy of `src/` and the config, with `loaders/` and `node_modules/` linked. */
  workspace: string;
  /** Framework's output (stdout and stderr). */
  log: string;
  /** Wall-clock time of the build, in seconds. */
  seconds: number;
}

/**
 * Builds the site as `npm run build` does (empty loader cache, then `observable build`) in a private copy of
 * `src/` under the system's temp folder, so that several builds can run at once (each has its own loader cache and
 * `dist/`) and the developer's `dist/` and cache are left alone. `dataDir` becomes `INSPIR_DATA`; without it the
 * loaders read the embedded sample; `prepare` may change the copy before the build; `edition` public builds as
 * `npm run build:public` does. Rejects with the end of Framework's output when the build fails.
 */
export async function buildSite(name: string, dataDir?: string, prepare?: (workspace: string) => Promise<void>, edition: Edition = "full"): Promise<SiteBuild> {
  const workspace = await mkdtemp(join(tmpdir(), `inspir-site-${name}-`));
  // The cache holds the loaders' outputs of earlier builds: the copy starts with none, as after `npm run clean-cache`.
  const cache = join(REPO_ROOT, "src", ".observablehq");
  await cp(join(REPO_ROOT, "src"), join(workspace, "src"), { recursive: true, filter: (source) => source !== cache && !source.startsWith(cache + sep) });
  for (const file of ["observablehq.config.ts", "package.json", "tsconfig.json"]) await cp(join(REPO_ROOT, file), join(workspace, file));
  // The data loader imports ../../loaders/ at run time; Node resolves the links to the real files.
  for (const dir of ["loaders", "node_modules"]) await symlink(join(REPO_ROOT, dir), join(workspace, dir), "dir");
  await mkdir(join(workspace, "src", ".observablehq", "cache"), { recursive: true });
  // The suite passes none; a throwaway script may use it to try a change on the copy without touching src/.
  await prepare?.(workspace);

  const env: NodeJS.ProcessEnv = { ...process.env, TZ: "Europe/Paris", [EDITION_VARIABLE]: edition };
  if (dataDir === undefined) delete env.INSPIR_DATA;
  else env.INSPIR_DATA = dataDir;
  const start = performance.now();
  const observable = join(REPO_ROOT, "node_modules", "@observablehq", "framework", "dist", "bin", "observable.js");
  const { code, log } = await run(process.execPath, [observable, "build"], workspace, env);
  const seconds = (performance.now() - start) / 1000;
  if (code !== 0) {
    await rm(workspace, { recursive: true, force: true });
    // Framework lists every module it bundles: keep what tells why it stopped.
    const noise = / → |^load \/\S* in \d+ms$|^Tip: |^If you think this is a bug|^↳ https:|^\s*$/;
    const tail = log.split("\n").filter((line) => !noise.test(line)).slice(-8).join("\n");
    throw new Error(`observable build (${name}) exited with ${code} after ${seconds.toFixed(0)} s:\n${tail}`);
  }
  return { dist: join(workspace, EDITION_OUTPUT[edition]), workspace, log, seconds };
}

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, log }));
  });
}
