import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOADER_NODE_FLAGS, ROOT } from "../../scripts/bench/run-child.js";

const scripts = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

describe("the loaders' npm scripts", () => {
  it("start node with the same flags, those the bench gives its children", () => {
    for (const name of ["indicators", "ingest", "opendata", "review"]) {
      expect(scripts[name]).toBe(["tsx", ...LOADER_NODE_FLAGS, `loaders/cli/${name}.ts`].join(" "));
    }
  });
});
