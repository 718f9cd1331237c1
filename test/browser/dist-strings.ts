import { readFileSync, readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import JSZip from "jszip";

/** One needle found in one file of a built site. */
export interface StringFinding {
  file: string;
  needle: string;
}

/** The needles (compared case-insensitively) that a file's bytes hold, ZIP archives opened. */
async function findIn(file: string, bytes: Uint8Array, needles: readonly string[]): Promise<StringFinding[]> {
  if (extname(file).toLowerCase() === ".zip") {
    const zip = await JSZip.loadAsync(bytes);
    const inner = await Promise.all(Object.values(zip.files).filter((e) => !e.dir).map(async (e) => findIn(`${file}/${e.name}`, await e.async("uint8array"), needles)));
    return inner.flat();
  }
  const text = Buffer.from(bytes).toString("utf8").toLowerCase();
  return needles.filter((n) => text.includes(n.toLowerCase())).map((needle) => ({ file, needle }));
}

/** Every file of `dir` (recursively, ZIP archives opened) holding one of `needles`, any case. */
export async function findStrings(dir: string, needles: readonly string[]): Promise<StringFinding[]> {
  const findings: StringFinding[] = [];
  for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    const path = join(dir, file);
    if (statSync(path).isFile()) findings.push(...(await findIn(file, readFileSync(path), needles)));
  }
  return findings;
}
