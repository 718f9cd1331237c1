import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** A mention of a place outside the repository: a sibling folder of a build machine, or its absolute paths. */
const OUTSIDE = [/\.\.\/shared\b/, /(?<![\w.])\/work\//, /(?<![\w.])\/home\/[a-z]/, /(?<![\w.])\/Users\/[A-Za-z]/];

/** The tracked files' lines that name a path outside the repository, as `file:line: text`. */
function outsideMentions(): string[] {
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" }).split("\0").filter((f) => f !== "");
  const found: string[] = [];
  for (const file of files) {
    // This file spells the patterns it looks for; binary files (XLSX) hold no path.
    if (file === "test/repository/paths.test.ts" || /\.(xlsx|png|zip|woff2?)$/.test(file)) continue;
    const lines = readFileSync(join(ROOT, file), "utf8").split("\n");
    lines.forEach((line, i) => {
      if (OUTSIDE.some((p) => p.test(line))) found.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`);
    });
  }
  return found;
}

/** The Markdown links of the README and of docs/ whose target is not a file of the repository, as `file: target`. */
function brokenLinks(): { broken: string[]; links: number } {
  const files = execFileSync("git", ["ls-files", "-z", "README.md", "docs/*.md"], { cwd: ROOT, encoding: "utf8" }).split("\0").filter((f) => f !== "");
  const broken: string[] = [];
  let links = 0;
  for (const file of files) {
    for (const [, target] of readFileSync(join(ROOT, file), "utf8").matchAll(/\]\(([^)\s]+)\)/g)) {
      links++;
      const path = normalize(join(dirname(file), target!.split("#")[0]!));
      if (/^[a-z]+:/i.test(target!) || path.startsWith("..") || !existsSync(join(ROOT, path))) broken.push(`${file}: ${target}`);
    }
  }
  return { broken, links };
}

describe("the repository", () => {
  it("links, from the README and docs/, only to files inside it", () => {
    const { broken, links } = brokenLinks();
    expect(broken).toEqual([]);
    // The README alone links to every document of docs/: finding none would mean the pattern broke.
    expect(links).toBeGreaterThan(10);
  });

  it("stands on its own: no tracked file names a path outside it", () => {
    expect(outsideMentions()).toEqual([]);
  });

  it("finds such a mention (the patterns are not dead)", () => {
    for (const line of ["see ../shared/contract/exports.md", "computed from `/work/shared/seeds/`", "in /home/alice/exports"]) {
      expect(OUTSIDE.some((p) => p.test(line)), line).toBe(true);
    }
    expect(OUTSIDE.some((p) => p.test("data/work/x and https://example.org/work/"))).toBe(false);
  });
});
