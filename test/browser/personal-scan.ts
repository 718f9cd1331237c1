import { readFileSync, readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import JSZip from "jszip";
import { isVendoredNoticeEmail } from "../site/vendored-notices.js";

/** An e-mail address (`prenom.nom@domaine.fr`). */
export const EMAIL_PATTERN = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/**
 * A French phone number: `03 53 01 94 63`, `03.53.01.94.63`, `0353019463`, `+33 3 53 01 94 63`; not a run of
 * digits inside a longer number (a SIRET, an amount, a coordinate).
 */
export const PHONE_PATTERN = /(?<![\w.,+-])(?:0|\+33[\s.-]?|0033[\s.-]?)[1-9](?:[\s.-]?\d{2}){4}(?![\w.,])/g;

/** Files read as text for the e-mail and phone patterns (binary files are only searched for the markers). */
const TEXT_FILE = /\.(html|js|mjs|css|json|svg|txt|csv|tsv|md|map|xml)$/i;

export interface PersonalFinding {
  file: string;
  kind: "marker" | "email" | "phone";
  match: string;
}

/** The personal data in one file's bytes: any text containing `markerPrefix` (any case), and in text files e-mails and phone numbers. */
export async function findPersonal(file: string, bytes: Uint8Array, markerPrefix: string): Promise<PersonalFinding[]> {
  if (extname(file).toLowerCase() === ".zip") {
    const zip = await JSZip.loadAsync(bytes);
    const inner = await Promise.all(Object.values(zip.files).filter((e) => !e.dir).map(async (e) => findPersonal(`${file}/${e.name}`, await e.async("uint8array"), markerPrefix)));
    return inner.flat();
  }
  const text = Buffer.from(bytes).toString("utf8");
  const findings: PersonalFinding[] = [];
  const markers = new RegExp(`[\\w.@-]*${markerPrefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[\\w.@-]*`, "gi");
  for (const [match] of text.matchAll(markers)) findings.push({ file, kind: "marker", match });
  if (TEXT_FILE.test(file)) {
    for (const [match] of text.matchAll(EMAIL_PATTERN)) if (!isVendoredNoticeEmail(file, match)) findings.push({ file, kind: "email", match });
    for (const [match] of text.matchAll(PHONE_PATTERN)) findings.push({ file, kind: "phone", match });
  }
  return findings;
}

/** Every file of `dir` (recursively, ZIP archives opened) holding a marker, an e-mail address or a French phone number. */
export async function scanForPersonal(dir: string, markerPrefix: string): Promise<PersonalFinding[]> {
  const findings: PersonalFinding[] = [];
  for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    const path = join(dir, file);
    if (statSync(path).isFile()) findings.push(...(await findPersonal(file, readFileSync(path), markerPrefix)));
  }
  return findings;
}
