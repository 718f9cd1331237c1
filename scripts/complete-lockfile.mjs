#!/usr/bin/env node
// npm leaves out of package-lock.json the optional platform packages it cannot resolve (the registry
// mirror our machines use holds only some platforms' builds), and `npm ci` then refuses the lock
// ("Missing: … from lock file", see npm/cli#8320). This adds an entry for each, with its os/cpu, so that
// `npm ci` skips it on platforms it does not fit. Run it after any `npm install` that changes the lock:
// `node scripts/complete-lockfile.mjs`.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const LOCK = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, "utf8"));
const packages = lock.packages;

/** Where npm would look for `name` from the package at `from` (its own node_modules, then each ancestor's). */
function resolvedPath(from, name) {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ""}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!base) return undefined;
    const cut = base.lastIndexOf("/node_modules/");
    base = cut < 0 ? "" : base.slice(0, cut);
  }
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    if (resolvedPath(path, name)) continue;
    // The exact build when the registry has it; otherwise any version tells the platform it is for.
    const info = view(`${name}@${range}`) ?? { ...view(name), version: range, dist: {} };
    const key = `node_modules/${name}`;
    packages[key] = Object.fromEntries(
      Object.entries({
        version: info.version,
        integrity: info.dist?.integrity,
        cpu: info.cpu,
        dev: entry.dev,
        license: info.license,
        libc: info.libc,
        optional: true,
        os: info.os,
        engines: info.engines
      }).filter(([, v]) => v !== undefined)
    );
    added++;
    process.stderr.write(`added ${key}@${info.version}\n`);
  }
}
function view(spec) {
  try {
    const meta = JSON.parse(execFileSync("npm", ["view", spec, "--json"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
    return Array.isArray(meta) ? meta.at(-1) : meta;
  } catch {
    return undefined;
  }
}

lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
process.stderr.write(`${added} optional platform package(s) added to package-lock.json\n`);
