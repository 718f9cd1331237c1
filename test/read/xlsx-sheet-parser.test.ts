import { describe, expect, it } from "vitest";
import { ElementSplitter } from "../../loaders/read/xlsx/element-splitter.js";
import { readSharedStrings } from "../../loaders/read/xlsx/shared-strings.js";
import { SheetParser, type SheetContext, type SheetRow } from "../../loaders/read/xlsx/sheet-parser.js";
import { isDateFormat } from "../../loaders/read/xlsx/styles.js";
import { decodeXmlText } from "../../loaders/read/xlsx/xml-text.js";

// The worksheet arrives in inflated chunks cut anywhere: in a tag, an attribute, an entity, a close tag. Parsing it in
// pieces of every small size must give what parsing it whole gives.

const CONTEXT: SheetContext = { sharedStrings: ["zéro", null, "  ", "deux"], dateStyles: [false, true, false], date1904: false };

const SHEET = `<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetPr/><cols><col min="1" max="1"/></cols><sheetData><row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>a &amp; b</t></is></c><c r="C1" s="1"><v>43000.5</v></c><c r="D1" t="b"><v>1</v></c></row><row r="2"/><row r="3" s="1"><c r="A3"><v>42000</v></c><c r="B3" s="2"><v>42000</v></c><c r="C3" t="s"><v>1</v></c><c r="D3" t="s"><v>2</v></c></row><row r="4"><c r="A4" t="e"><v>#REF!</v></c><c r="B4"><f>A1</f></c><c r="AA4" t="str"><v>&#x1F600;&lt;</v></c></row><row r="5"><c r="B5" t="inlineStr"><is><r><t>x</t></r><r><rPr/><t xml:space="preserve"> y</t></r></is></c><c r="C5" s="1"/></row><row r="6"><c r="A6"><v>-12.5e2</v></c></row></sheetData><rowBreaks count="1"><brk id="3"/></rowBreaks><row>not a row of the sheet data</row></worksheet>`;

function parse(pieces: string[]): SheetRow[] {
  const parser = new SheetParser(CONTEXT);
  const rows: SheetRow[] = [];
  for (const piece of pieces) {
    parser.push(piece);
    rows.push(...parser.takeRows());
  }
  return rows;
}

function cut(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
  return pieces;
}

describe("SheetParser", () => {
  const whole = parse([SHEET]);

  it("parses rows, cells and their types, inside sheetData only", () => {
    expect(whole).toEqual([
      { number: 1, cells: ["zéro", "a & b", new Date(Date.UTC(2017, 8, 22, 12)), true] },
      { number: 2, cells: [] },
      // C3 is an empty shared string (no cell for exceljs), D3 a blank one (a cell, null).
      { number: 3, cells: [new Date(Date.UTC(2014, 11, 27)), 42000, null, null] },
      { number: 4, cells: ["#REF!", null, ...Array<null>(24).fill(null), "😀<"] },
      { number: 5, cells: [null, "x y"] },
      { number: 6, cells: [-1250] }
    ]);
  });

  it("gives the same rows whatever the size of the pieces", () => {
    for (let size = 1; size <= 40; size++) expect(parse(cut(SHEET, size)), `pieces of ${size}`).toEqual(whole);
    for (let at = 1; at < SHEET.length; at += 7) expect(parse([SHEET.slice(0, at), SHEET.slice(at)]), `cut at ${at}`).toEqual(whole);
  });

  it("reads a row far longer than the pieces in linear time", () => {
    const big = "é".repeat(4_000_000);
    const xml = `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${big}</t></is></c></row><row r="2"><c r="A2"><v>2</v></c></row></sheetData>`;
    const started = performance.now();
    const rows = parse(cut(xml, 16 * 1024));
    expect(rows.map((r) => r.number)).toEqual([1, 2]);
    expect(rows[0]!.cells[0]).toBe(big);
    // 250 pieces: joined once, not rescanned once per piece (which took minutes).
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe("ElementSplitter", () => {
  it("finds elements only by their whole name, across pieces", () => {
    const found: string[] = [];
    const splitter = new ElementSplitter("si", (xml, start, openEnd, closeStart) => found.push(closeStart < 0 ? xml.slice(start, openEnd + 1) : xml.slice(start, closeStart)));
    const xml = "<sst><sig/><si><t>a</t></si><si/><si\n><t>b</t></si></sst>";
    for (const piece of cut(xml, 3)) splitter.push(piece);
    expect(found).toEqual(["<si><t>a</t>", "<si/>", "<si\n><t>b</t>"]);
  });
});

describe("readSharedStrings", () => {
  it("reads items whole, rich or plain, null when they have no text, across chunks", async () => {
    const xml = '<sst count="6"><si><t>Éloïse &amp; Zoé</t></si><si><t/></si><si></si><si><r><t></t></r></si><si><r><t>a</t></r><r><rPr><b/></rPr><t>b</t></r><rPh><t>ふ</t></rPh></si><si><t xml:space="preserve">  </t></si></sst>';
    const bytes = new TextEncoder().encode(xml);
    for (const size of [1, 2, 5, 64, bytes.length]) {
      const chunks = async function* () {
        for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
      };
      expect(await readSharedStrings(chunks()), `chunks of ${size} bytes`).toEqual(["Éloïse & Zoé", null, null, "", "ab", "  "]);
    }
  });
});

describe("XML helpers", () => {
  it("decodes entities and character references once, and line ends as XML does", () => {
    expect(decodeXmlText("&lt;a&gt; &amp;amp; &quot;&apos; &#233;&#xE9;&#X1F600; &nbsp; &#x110000;")).toBe("<a> &amp; \"' éé😀 &nbsp; &#x110000;");
    expect(decodeXmlText("a\r\nb\rc&#13;")).toBe("a\nb\nc\r");
  });

  it("tells date formats as exceljs does", () => {
    for (const format of ["dd/mm/yyyy", "mm-dd-yy", "h:mm", "[h]:mm:ss", "mmss.0", "yyyy\"年\"", "[$-40C]d mmmm yyyy;@", "b"]) expect(isDateFormat(format), format).toBe(true);
    for (const format of ["General", "0.00%", '#,##0.00 "€"', "[Red]0.00", '0.0 "h"', "@", "0.00E+00", "# ?/?", "", undefined]) expect(isDateFormat(format), String(format)).toBe(false);
  });
});
