import { startTags, tagAttributes } from "./xml-text.js";

/** What the reader needs from `xl/workbook.xml` and its relationships: parts' paths (lower-cased) and the date system. */
export interface WorkbookInfo {
  /** The first `<sheet>` that is a worksheet (not a chart sheet), when the relationships say where it is. */
  firstSheetPath: string | undefined;
  sharedStringsPath: string | undefined;
  stylesPath: string | undefined;
  /** Serial day 0 is 1904-01-01 rather than 1899-12-30 (old Mac workbooks). */
  date1904: boolean;
}

const WORKBOOK_DIR = "xl/";

/** Reads the workbook part and its relationships (either may be missing or odd: the caller then falls back on usual names). */
export function workbookInfo(workbookXml: string, relsXml: string | undefined): WorkbookInfo {
  const targets = new Map<string, { type: string; path: string }>();
  for (const tag of startTags(relsXml ?? "", "Relationship")) {
    const a = tagAttributes(tag);
    const id = a.get("Id");
    const target = a.get("Target");
    if (id === undefined || target === undefined || a.get("TargetMode") === "External") continue;
    targets.set(id, { type: a.get("Type") ?? "", path: resolvePart(target) });
  }
  let firstSheetPath: string | undefined;
  for (const tag of startTags(workbookXml, "sheet")) {
    const a = tagAttributes(tag);
    const id = a.get("r:id") ?? [...a].find(([name]) => name.endsWith(":id"))?.[1];
    const target = id === undefined ? undefined : targets.get(id);
    if (target && /\/worksheet$/.test(target.type)) {
      firstSheetPath = target.path;
      break;
    }
  }
  const ofType = (suffix: string) => [...targets.values()].find((t) => t.type.endsWith(suffix))?.path;
  const workbookPr = tagAttributes(startTags(workbookXml, "workbookPr")[0] ?? "");
  const date1904 = workbookPr.get("date1904");
  return {
    firstSheetPath,
    sharedStringsPath: ofType("/sharedStrings"),
    stylesPath: ofType("/styles"),
    date1904: date1904 === "1" || date1904 === "true"
  };
}

/** A relationship target as a part name: relative to `xl/`, or absolute from the package root when it starts with `/`. */
function resolvePart(target: string): string {
  const segments: string[] = [];
  for (const segment of (target.startsWith("/") ? target.slice(1) : WORKBOOK_DIR + target).split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/").toLowerCase();
}
