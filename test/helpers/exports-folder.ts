import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Writes export files (names may hold a sub-folder: `2019-11-30/dossiers.csv`) into a fresh temporary folder and returns its path. */
export async function exportsFolder(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "inspir-test-"));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

/** CSV text (`;`, LF) from rows given as objects; the header is the union of their keys in first-seen order. */
export function csv(rows: readonly Record<string, string>[], separator = ";"): string {
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const quote = (v: string) => (v.includes(separator) || v.includes('"') || v.includes("\n") ? `"${v.replaceAll('"', '""')}"` : v);
  return [headers.join(separator), ...rows.map((r) => headers.map((h) => quote(r[h] ?? "")).join(separator))].join("\n") + "\n";
}

/** A valid SIRET (Luhn) for tests: La Poste-free, made of a 9-digit SIREN and a 5-digit NIC. */
export const SIRET = "73282932000074";

/** A dossier row with sensible defaults: a voted creative event in Lille (59350). */
export function dossier(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    "N° dossier": "D1",
    Dispositif: "INS'pir - Événement créatif",
    Bénéficiaire: "Association test",
    SIRET,
    "Code commune": "59350",
    Statut: "Voté",
    "Date de dépôt": "01/09/2016",
    "Date de vote": "23/09/2016",
    "Coût total": "20000",
    "Montant voté fonctionnement": "5000",
    "Montant voté investissement": "0",
    QPV: "Non",
    "Public QPV": "Non",
    Année: "",
    Fonctions: "",
    ...overrides
  };
}

/** A payment row: an advance of 1 000 € in fonctionnement on D1. */
export function paiement(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    "N° dossier": "D1",
    "N° mandat": "M1",
    "Date de paiement": "01/10/2016",
    Montant: "1000",
    Section: "Fonctionnement",
    Type: "Avance",
    ...overrides
  };
}

/** An idea row: emerged from D1. */
export function idee(overrides: Record<string, string> = {}): Record<string, string> {
  return { "N° idée": "I1", "N° dossier événement": "D1", Étape: "Émergée", Abandonnée: "Non", ...overrides };
}

/** The rows of one export: the three required files, and any other file by name. */
export interface ExportParts {
  dossiers: Record<string, string>[];
  paiements?: Record<string, string>[];
  suivi?: Record<string, string>[];
  extra?: Record<string, string>;
}

/** A folder with the three required exports, from row objects. */
export function exportsOf(parts: ExportParts) {
  return exportsFolder(exportFiles(parts));
}

/** A folder of dated exports, one sub-folder per date (`AAAA-MM-JJ`). */
export function datedExportsOf(exports: Record<string, ExportParts>) {
  return exportsFolder(Object.fromEntries(Object.entries(exports).flatMap(([date, parts]) => Object.entries(exportFiles(parts)).map(([name, content]) => [`${date}/${name}`, content]))));
}

function exportFiles(parts: ExportParts): Record<string, string> {
  return {
    "dossiers.csv": csv(parts.dossiers),
    "paiements.csv": parts.paiements?.length ? csv(parts.paiements) : "N° dossier;N° mandat;Date de paiement;Montant;Section;Type\n",
    "suivi.csv": parts.suivi?.length ? csv(parts.suivi) : "N° idée;N° dossier événement;Étape\n",
    ...parts.extra
  };
}
