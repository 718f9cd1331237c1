import { decodeXmlText, isNameEnd } from "./xml-text.js";

/**
 * The text of a string item (the content of a shared `<si>` or an inline `<is>`): its `<t>`, or the `<t>` of its rich
 * text runs joined; phonetic runs (`<rPh>`, the reading of East-Asian text) are left out.
 */
export function stringItemText(xml: string, from: number, to: number): string {
  let text = "";
  let q = from;
  while (q < to) {
    const lt = xml.indexOf("<", q);
    if (lt < 0 || lt >= to) break;
    const gt = xml.indexOf(">", lt + 1);
    if (gt < 0 || gt >= to) break;
    const c1 = xml.charCodeAt(lt + 1);
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    if (c1 === 116 /* t */ && isNameEnd(xml.charCodeAt(lt + 2))) {
      if (selfClosing) {
        q = gt + 1;
        continue;
      }
      let end = xml.indexOf("</t>", gt + 1);
      if (end < 0 || end > to) end = to;
      text += decodeXmlText(xml.slice(gt + 1, end));
      q = end + 4;
    } else if (c1 === 114 /* r */ && xml.startsWith("rPh", lt + 1) && isNameEnd(xml.charCodeAt(lt + 4))) {
      const end = selfClosing ? -1 : xml.indexOf("</rPh>", gt + 1);
      q = end < 0 ? gt + 1 : end + 6;
    } else {
      q = gt + 1;
    }
  }
  return text;
}

/** Whether a string item is made of rich text runs (`<r>`), which exceljs keeps as a value even when their text is empty. */
export function hasRichRuns(xml: string, from: number, to: number): boolean {
  for (let p = xml.indexOf("<r", from); p >= 0 && p < to; p = xml.indexOf("<r", p + 2)) {
    if (isNameEnd(xml.charCodeAt(p + 2))) return true;
  }
  return false;
}
