import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { thirdPartyUrls } from "./dist-scan.js";

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "dist-scan-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("thirdPartyUrls", () => {
  it("finds links, stylesheets and imports to other hosts", () => {
    const dir = site({
      "index.html": '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">',
      "_observablehq/client.js": 'import("https://cdn.jsdelivr.net/npm/d3@7/+esm"); const u = "//unpkg.com/x/";',
      "_import/style.css": "@font-face{src:url(https://fonts.gstatic.com/s/inter.woff2)}",
    });
    expect(thirdPartyUrls(dir).map((f) => f.url)).toEqual([
      "https://fonts.gstatic.com/s/inter.woff2",
      "https://cdn.jsdelivr.net/npm/d3@7/+esm",
      "//unpkg.com/x/",
      "https://fonts.googleapis.com/css2?family=Inter",
    ]);
  });

  it("ignores SVG/XML namespaces, relative paths and JS comments", () => {
    const dir = site({
      "index.html": '<svg xmlns="http://www.w3.org/2000/svg"></svg><script src="./_observablehq/client.js"></script>',
      "_node/d3.js": "const a = 1; // comment with a.b\nconst xlink = 'http://www.w3.org/1999/xlink';",
      "_file/data.json": '{"url": "./_file/data/indicators.json"}',
    });
    expect(thirdPartyUrls(dir)).toEqual([]);
  });
});
