import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readFile, readdir, rename, rm, stat, symlink, writeFile } from "node:fs/promises";
import { delimiter, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root (absolute). */
export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Where finished builds are kept, one folder per fingerprint: inside the checkout (git ignores it), so that another clone's build, made from other sources, is never reused. */
export const BUILD_CACHE = join(REPO_ROOT, ".review-builds");

/** What the site is built from besides the exports: a change in any of them makes a new build. */
const SOURCES = ["src", "loaders", "observablehq.config.ts", "package.json", "package-lock.json", "tsconfig.json"];

/** Written last in a build's folder: a folder without it is an unfinished build. */
const COMPLETE = "build-complete.json";

/** A finished build younger than this (ms) is never removed. */
const STALE_MS = 10 * 60 * 1000;

/** Every file under `path` (a file or a folder), sorted, skipping Framework's cache and build output. */
async function filesUnder(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => null);
  if (!info) return [];
  if (info.isFile()) return [path];
  const names = await readdir(path, { recursive: true, withFileTypes: true });
  return names
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .filter((file) => !file.includes(`${sep}.observablehq${sep}`) && !file.includes(`${sep}node_modules${sep}`))
    .sort();
}

/** A fingerprint of the site's sources and of the exports folder's files (names and bytes), so that a build is reused only when nothing changed. */
export async function buildFingerprint(dataDir: string, root: string = REPO_ROOT): Promise<string> {
  const hash = createHash("sha256");
  for (const [base, paths] of [[root, SOURCES.map((s) => join(root, s))], [dataDir, [dataDir]]] as const) {
    for (const path of paths) {
      for (const file of await filesUnder(path)) {
        hash.update(relative(base, file)).update("\0").update(await readFile(file)).update("\0");
      }
    }
  }
  return hash.digest("hex").slice(0, 24);
}

/** Removes the finished builds of other sources or exports, unless one was made in the last STALE_MS (another run may be printing from it). */
async function removeOldBuilds(keep: string): Promise<void> {
  for (const name of await readdir(BUILD_CACHE)) {
    if (name === keep || name.startsWith("building-")) continue;
    const done = await stat(join(BUILD_CACHE, name, COMPLETE)).catch(() => null);
    if (!done || Date.now() - done.mtimeMs > STALE_MS) await rm(join(BUILD_CACHE, name), { recursive: true, force: true });
  }
}

/** Runs Framework's build in `workspace`, resolving with its exit code and output. */
function observableBuild(workspace: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; log: string }> {
  const observable = join(REPO_ROOT, "node_modules", "@observablehq", "framework", "dist", "bin", "observable.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [observable, "build"], { cwd: workspace, env, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, log }));
  });
}

/** A build that failed, with the end of Framework's output. */
export class SiteBuildError extends Error {
  override readonly name = "SiteBuildError";
}

/**
 * The built site (its `dist/` folder) for an exports folder: reused when a finished build of the same sources and
 * exports exists, otherwise built as `npm run build` does (empty loader cache, `INSPIR_DATA` set to the folder) in a
 * private copy of `src/`, so that the developer's `dist/` and cache are left alone. Older builds are removed.
 */
export async function reviewSite(dataDir: string, log: (message: string) => void = () => {}): Promise<{ dist: string; reused: boolean }> {
  const key = await buildFingerprint(dataDir);
  const target = join(BUILD_CACHE, key);
  if (await stat(join(target, COMPLETE)).catch(() => null)) return { dist: join(target, "dist"), reused: true };

  await mkdir(BUILD_CACHE, { recursive: true });
  const workspace = await mkdtemp(join(BUILD_CACHE, "building-"));
  try {
    // Framework's loader cache holds outputs of earlier builds, maybe of other exports: leave it out.
    const cache = join(REPO_ROOT, "src", ".observablehq");
    await cp(join(REPO_ROOT, "src"), join(workspace, "src"), { recursive: true, filter: (source) => source !== cache && !source.startsWith(cache + sep) });
    for (const file of ["observablehq.config.ts", "package.json", "tsconfig.json"]) await cp(join(REPO_ROOT, file), join(workspace, file));
    // The data loader and the config import ../loaders at run time; Framework resolves packages from node_modules.
    for (const dir of ["loaders", "node_modules"]) await symlink(join(REPO_ROOT, dir), join(workspace, dir), "dir");
    log(`Construction du site pour les exports de ${dataDir}…`);
    const started = performance.now();
    // Framework runs the `.ts` data loader with `tsx` from the PATH, which only `npm run` would otherwise provide.
    const path = [join(REPO_ROOT, "node_modules", ".bin"), process.env.PATH ?? ""].join(delimiter);
    const { code, log: output } = await observableBuild(workspace, { ...process.env, PATH: path, INSPIR_DATA: dataDir, TZ: process.env.TZ ?? "Europe/Paris" });
    if (code !== 0) {
      const noise = / → |^load \/\S* in \d+ms$|^Tip: |^\s*$/;
      throw new SiteBuildError(`la construction du site a échoué (code ${code}) :\n${output.split("\n").filter((l) => !noise.test(l)).slice(-8).join("\n")}`);
    }
    await writeFile(join(workspace, COMPLETE), JSON.stringify({ dataDir, seconds: Math.round((performance.now() - started) / 1000) }));
    await removeOldBuilds(key);
    try {
      await rename(workspace, target);
    } catch {
      // Another run finished the same build first: use it.
      await rm(workspace, { recursive: true, force: true });
    }
    return { dist: join(target, "dist"), reused: false };
  } catch (error) {
    await rm(workspace, { recursive: true, force: true });
    throw error;
  }
}
