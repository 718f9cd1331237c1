// What a table holds, cell by cell, for a download: numbers stay numbers (with the display format they had on
// the page), text stays text. Read from the table's DOM, so that any `table.data-table` of the site can be
// downloaded as it is shown (filters applied).

/** How a number was shown on the page, so that a spreadsheet shows it the same way. */
export type NumberFormat = { style: "euros"; cents: boolean } | { style: "percent"; digits: number } | { style: "number"; digits: number };

/** One cell of a download. */
export type ExportCell = { kind: "number"; value: number; format: NumberFormat } | { kind: "text"; value: string } | { kind: "empty" };

/** A table ready to be written: its caption, column headers, then its rows (body then footer). */
export interface ExportTable {
  caption: string;
  headers: string[];
  rows: ExportCell[][];
}

/** The attribute where `dataTable` keeps a cell's raw value (JSON: a number in € or a share 0–1, a string, or null). */
export const RAW_ATTRIBUTE = "data-raw";

/** The placeholder the site shows for a missing number (format.ts's MISSING): an empty cell in a download. */
const MISSING = "–";

const SPACES = /[\s\u00a0\u202f]+/g;

/**
 * The number a French-formatted figure shows, and its format: `12 500 €` → 12500 (euros), `12 500,50 €`,
 * `45,3 %` → 0.453 (a share 0–1), `1 234` → 1234, `-30 €` → -30. Undefined for anything else, and for what
 * looks like a number but is a code: a leading zero (`02`) or five digits or more without grouping (`59350`, a SIRET).
 */
export function parseFrenchFigure(text: string): { value: number; format: NumberFormat } | undefined {
  const normalized = text.replace(SPACES, " ").trim();
  const match = /^([-−])?(\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?(?: ?([€%]))?$/.exec(normalized);
  if (!match) return undefined;
  const [, sign, whole = "", decimals, unit] = match;
  if (/^0\d/.test(whole) || (!whole.includes(" ") && whole.length >= 5)) return undefined;
  const number = Number(`${sign ? "-" : ""}${whole.replaceAll(" ", "")}.${decimals ?? "0"}`);
  const digits = decimals?.length ?? 0;
  if (unit === "%") return { value: Number((number / 100).toPrecision(15)), format: { style: "percent", digits } };
  if (unit === "€") return { value: number, format: { style: "euros", cents: digits > 0 } };
  return { value: number, format: { style: "number", digits } };
}

/** The format a raw number gets when its displayed text says nothing of it. */
function defaultFormat(value: number): NumberFormat {
  return { style: "number", digits: Number.isInteger(value) ? 0 : 2 };
}

/**
 * A cell's text as a reader sees it: decorative parts (`aria-hidden`, SVG) left out, and the lines of a cell
 * (a `<br>`, a block, the site's `.second-line`) joined with ` — `, spaces collapsed.
 */
export function visibleText(cell: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push((child as Text).data);
      else if (child.nodeType === 1) {
        const element = child as Element;
        const tag = element.tagName.toUpperCase();
        if (element.getAttribute("aria-hidden") === "true" || tag === "SVG" || tag === "STYLE" || tag === "SCRIPT") continue;
        if (tag === "BR") parts.push("\n");
        else {
          const line = /^(P|DIV|LI|UL|OL)$/.test(tag) || element.classList.contains("second-line");
          if (line) parts.push("\n");
          walk(element);
          if (line) parts.push("\n");
        }
      }
    }
  };
  walk(cell);
  return parts
    .join("")
    .split("\n")
    .map((line) => line.replace(SPACES, " ").trim())
    .filter((line) => line !== "")
    .join(" — ");
}

/** A `data-raw` attribute's value; a malformed one counts as absent (the cell's text is read instead). */
function parseRaw(attribute: string): unknown {
  try {
    return JSON.parse(attribute);
  } catch {
    return undefined;
  }
}

/** One cell of the download: its raw value when `dataTable` kept one (with the format its text shows), else its text read back. */
export function exportCell(cell: Element): ExportCell {
  const text = visibleText(cell);
  const rawAttribute = cell.getAttribute(RAW_ATTRIBUTE);
  if (rawAttribute !== null) {
    const raw = parseRaw(rawAttribute);
    if (typeof raw === "number" && Number.isFinite(raw)) return { kind: "number", value: raw, format: parseFrenchFigure(text)?.format ?? defaultFormat(raw) };
    if (typeof raw === "string") return raw === "" ? { kind: "empty" } : { kind: "text", value: raw };
    if (raw !== undefined) return { kind: "empty" };
  }
  if (text === "" || text === MISSING) return { kind: "empty" };
  const figure = parseFrenchFigure(text);
  return figure ? { kind: "number", ...figure } : { kind: "text", value: text };
}

/** The rows of a table section, each as its cells (header and data cells in order). */
function sectionRows(section: HTMLTableSectionElement | null): HTMLTableRowElement[] {
  return section ? Array.from(section.rows) : [];
}

/** What a table shows, ready to download: caption, the last header row's labels, and the body and footer rows. */
export function exportTable(table: HTMLTableElement): ExportTable {
  const headRows = sectionRows(table.tHead);
  const bodyRows = Array.from(table.tBodies).flatMap((body) => sectionRows(body));
  const headerRow = headRows.at(-1);
  return {
    caption: table.caption ? visibleText(table.caption) : "",
    headers: headerRow ? Array.from(headerRow.cells).map(visibleText) : [],
    rows: [...bodyRows, ...sectionRows(table.tFoot)].map((row) => Array.from(row.cells).map(exportCell))
  };
}
