// Finds, in a page's source, what would make Framework 1.13 fetch code from its CDN (cdn.jsdelivr.net) at build
// time or in the browser: `npm:` imports, implicit globals used without an import, CDN-backed FileAttachment
// methods, and SQL blocks (DuckDB-wasm).

/** Implicit globals of Framework, each backed by an `npm:` module, and how their use looks. */
const IMPLICIT_GLOBALS: readonly { name: string; use: RegExp }[] = [
  { name: "Plot", use: /\bPlot\s*\./ },
  { name: "d3", use: /\bd3\s*\./ },
  { name: "Inputs", use: /\bInputs\s*\./ },
  { name: "htl", use: /\bhtl\s*\./ },
  { name: "html", use: /\bhtml\s*`/ },
  { name: "svg", use: /\bsvg\s*`/ },
  { name: "sql", use: /\bsql\s*`/ },
  { name: "DuckDBClient", use: /\bDuckDBClient\b/ },
  { name: "aq", use: /\baq\s*\./ },
  { name: "Arrow", use: /\bArrow\s*\./ },
  { name: "_", use: /(?<![\w$.])_\s*\./ },
  { name: "topojson", use: /\btopojson\s*\./ },
  { name: "L", use: /(?<![\w$.])L\s*\./ },
  { name: "tex", use: /\btex\s*`/ },
  { name: "dot", use: /\bdot\s*`/ },
  { name: "mermaid", use: /\bmermaid\s*`/ },
  { name: "vl", use: /\bvl\s*\./ },
];

/** FileAttachment methods that load a parser from the CDN; `.json()`, `.text()`, `.blob()`… are local. */
const CDN_FILE_METHODS = /\.\s*(csv|tsv|parquet|xlsx|arquero|arrow|sqlite|zip)\s*\(/;

function isImported(source: string, name: string): boolean {
  const id = name.replace(/[$]/g, "\\$");
  const pattern = new RegExp(`import\\s*(?:\\*\\s*as\\s+${id}\\b|\\{[^}]*\\b${id}\\b[^}]*\\}|${id}\\b)[^;]*?from\\s*["'](?!npm:)`);
  return pattern.test(source);
}

/** What in `source` (a page's Markdown or a component's code) would reach a CDN; empty when nothing does. */
export function findCdnUses(source: string): string[] {
  const found: string[] = [];
  if (/["']npm:/.test(source)) found.push("an npm: import (fetched from cdn.jsdelivr.net; import the bare name from node_modules)");
  if (/["']jsr:/.test(source)) found.push("a jsr: import");
  if (/^```\s*sql\b/m.test(source)) found.push("a SQL code block (DuckDB-wasm from the CDN)");
  if (CDN_FILE_METHODS.test(source)) found.push("a FileAttachment method that loads its parser from the CDN (use .json())");
  for (const { name, use } of IMPLICIT_GLOBALS) {
    if (use.test(source) && !isImported(source, name)) found.push(`the implicit global ${name} (import it from node_modules)`);
  }
  return found;
}
