import { cpSync, rmSync } from "node:fs";
import { relative, sep } from "node:path";
import { PUBLIC_EXCLUDED_PAGES } from "./edition.js";

/**
 * Copies the site's source root `source` to `target` without the pages the public edition leaves out, nor
 * Framework's cache, and returns `target`. Framework builds every page of its root, so leaving a page out of the
 * sidebar would not keep it out of the site. `target` sits beside `source`, so that the data loaders' relative
 * imports still resolve.
 */
export function preparePublicRoot(source: string, target: string): string {
  rmSync(target, { recursive: true, force: true });
  const excluded = new Set(PUBLIC_EXCLUDED_PAGES.map((p) => `${p.slice(1).split("/").join(sep)}.md`));
  cpSync(source, target, {
    recursive: true,
    filter: (path) => {
      const file = relative(source, path);
      return !excluded.has(file) && file.split(sep)[0] !== ".observablehq";
    }
  });
  return target;
}

