// Rows planted in a copy of the exports so that the public edition can be searched for what it must not publish:
// rejected values, unvoted dossiers (and an AMI assessment of one), and the alerts of a voted event over its caps.
import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import iconv from "iconv-lite";
import { SIRET } from "../helpers/exports-folder.js";

/** Every planted identifier or rejected value starts with one of these tokens (any case). */
export const PUBLIC_MARKER_PREFIXES = ["rjzqx", "uvzqx"] as const;

/** The voted event planted over its caps: its number may be published (it is in the SCDL file), its alerts may not. */
export const ALERT_DOSSIER = "ALZQX-D-01";

const EVENT = "INS'pir - Événement créatif";
const base = { Bénéficiaire: "Association témoin", SIRET, "Code commune": "80021", "Date de dépôt": "02/03/2018", "Coût total": "30000", QPV: "Non", "Public QPV": "Non" };

const DOSSIERS: Record<string, string>[] = [
  // Rejected: a commune that is no INSEE code, a deposit date that is no date.
  { ...base, "N° dossier": "RJZQX-D-01", Dispositif: EVENT, Statut: "Déposé", "Code commune": "rjzqx-commune" },
  { ...base, "N° dossier": "RJZQX-D-02", Dispositif: EVENT, Statut: "Déposé", "Date de dépôt": "rjzqx-date" },
  // Kept but not voted: a pending application, a label without funding (a counted event, with the most participants
  // of its year so that it would lead the review's highlights), and an AMI project with an assessment.
  { ...base, "N° dossier": "UVZQX-D-01", Intitulé: "uvzqx intitulé en instruction", Dispositif: EVENT, Statut: "En instruction" },
  { ...base, "N° dossier": "UVZQX-D-02", Intitulé: "uvzqx intitulé labellisé", Dispositif: EVENT, Statut: "Labellisé", "Date de vote": "20/03/2018", "Date de l’action": "15/04/2018", Labellisation: "Sans financement", Participants: "99999" },
  { ...base, "N° dossier": "UVZQX-D-03", Intitulé: "uvzqx projet AMI", Dispositif: "AMI Innovation sociale", Statut: "Labellisé", "Date de vote": "20/03/2018" },
  // Voted over both event caps (12 500 € and half of the cost): two alerts.
  { ...base, "N° dossier": ALERT_DOSSIER, Intitulé: "Hackathon témoin", Dispositif: EVENT, Statut: "Voté", "Date de vote": "20/03/2018", "Montant voté fonctionnement": "20000", "Montant voté investissement": "0" }
];

const PAIEMENTS: Record<string, string>[] = [
  // Rejected: a payment on a dossier that does not exist.
  { "N° mandat": "RJZQX-M-01", "N° Dossier": "RJZQX-D-99", Type: "Avance", Section: "Fonctionnement", "Date de paiement": "01/04/2018", Montant: "100" }
];

/** Appends rows to a `;`-separated Windows-1252 CRLF export of `dir`, each cell under the header it names (others empty). */
async function appendRows(dir: string, file: string, rows: readonly Record<string, string>[], extra: (header: string) => string = () => ""): Promise<void> {
  const path = join(dir, file);
  const text = iconv.decode(await readFile(path), "windows-1252");
  const headers = (text.split(/\r?\n/, 1)[0] ?? "").split(";");
  const lines = rows.map((row) => headers.map((h) => row[h] ?? extra(h)).join(";"));
  await writeFile(path, iconv.encode(`${text.replace(/(\r?\n)*$/, "\r\n")}${lines.join("\r\n")}\r\n`, "windows-1252"));
}

/**
 * Plants the rows above in every export of `dir` (the sample's layout: dated sub-folders, or one folder, with
 * dossiers, paiements and marqueurs as CSV), so that no export publishes them and none reads them as new.
 */
export async function plantPublicMarkers(dir: string): Promise<void> {
  const dated = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory() && /^\d{4}-\d{2}-\d{2}$/.test(e.name));
  for (const folder of dated.length > 0 ? dated.map((e) => join(dir, e.name)) : [dir]) {
    await appendRows(folder, "dossiers.csv", DOSSIERS);
    await appendRows(folder, "paiements.csv", PAIEMENTS);
    // Every marker scored 2: the AMI project's assessment.
    await appendRows(folder, "marqueurs.csv", [{ "N° dossier": "UVZQX-D-03", "Date du comité": "25/03/2018" }], () => "2");
  }
}
