import { elementContent, startTags, tagAttributes } from "./xml-text.js";

/** exceljs's built-in number formats (lib/xlsx/defaultnumformats.js, those with a culture-free code): id → format code. */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@"
};

/**
 * For each cell style of `xl/styles.xml` (`cellXfs/xf`, by index), whether a number with that style is a date, decided
 * as exceljs does: custom `numFmts` first, then the built-in format of the id, then exceljs's date-format test.
 * A missing index means no such style (a cell then keeps its row's style, as in exceljs).
 */
export function dateStyles(stylesXml: string): boolean[] {
  const customFormats = new Map<number, string>();
  for (const tag of startTags(elementContent(stylesXml, "numFmts") ?? "", "numFmt")) {
    const attributes = tagAttributes(tag);
    // exceljs drops the backslash of escaped characters before testing the code.
    const code = (attributes.get("formatCode") ?? "").replace(/[\\](.)/g, "$1");
    customFormats.set(parseInt(attributes.get("numFmtId") ?? "", 10), code);
  }
  return startTags(elementContent(stylesXml, "cellXfs") ?? "", "xf").map((tag) => {
    const id = parseInt(tagAttributes(tag).get("numFmtId") ?? "", 10);
    // numFmtId 0 (General) or missing: no number format at all.
    if (!id) return false;
    return isDateFormat(customFormats.get(id) || BUILT_IN_FORMATS[id]);
  });
}

/** exceljs's `utils.isDateFmt`: a date or time letter outside `[…]` and `"…"` sections. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}
