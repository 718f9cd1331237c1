/**
 * Writes the export files of the acceptance cases (test/acceptance/cases/<case>/).
 *
 * Run once with `node_modules/.bin/tsx test/acceptance/generate-fixtures.ts`; the
 * resulting files are committed. Only the INPUT files are generated here: every
 * `expected.json` is written by hand (see test/acceptance/README.md for the
 * arithmetic), so nothing in this script computes an indicator.
 *
 * The rows are given cell by cell; the line number of a CSV row in the written
 * file is its index in `rows` + 2 (the header is line 1).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";

const here = path.dirname(fileURLToPath(import.meta.url));
const casesDir = path.join(here, "cases");

/** U+00A0 NO-BREAK SPACE and U+202F NARROW NO-BREAK SPACE, as French Excel / LibreOffice write them. */
const NBSP = "\u00A0";
const NNBSP = "\u202F";

interface Dialect {
  sep: "," | ";";
  eol: "\n" | "\r\n";
  encoding: "utf8" | "utf8-bom" | "windows-1252";
}

function csvField(value: string, sep: string): string {
  return value.includes(sep) || value.includes('"') || value.includes("\n") || value.includes("\r")
    ? `"${value.replaceAll('"', '""')}"`
    : value;
}

function csv(header: string[], rows: string[][], d: Dialect): Buffer {
  for (const [i, r] of rows.entries()) {
    if (r.length !== header.length) throw new Error(`row ${i + 2}: ${r.length} cells for ${header.length} columns`);
  }
  const text = [header, ...rows].map((r) => r.map((v) => csvField(v, d.sep)).join(d.sep)).join(d.eol) + d.eol;
  if (d.encoding === "windows-1252") {
    const bytes = iconv.encode(text, "windows-1252");
    // Refuse to write a character that Windows-1252 cannot hold (iconv-lite would put "?").
    if (iconv.decode(bytes, "windows-1252") !== text) throw new Error("text not representable in Windows-1252");
    return bytes;
  }
  const body = Buffer.from(text, "utf8");
  return d.encoding === "utf8-bom" ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

function writeCase(name: string, files: Record<string, Buffer>): void {
  const dir = path.join(casesDir, name);
  mkdirSync(dir, { recursive: true });
  for (const f of ["dossiers.csv", "dossiers.xlsx", "paiements.csv", "paiements.xlsx", "suivi.csv", "marqueurs.csv", "enveloppes.csv"]) {
    rmSync(path.join(dir, f), { force: true });
  }
  for (const [file, content] of Object.entries(files)) writeFileSync(path.join(dir, file), content);
}

const EV = "INS'pir - Événement créatif";
const EXP = "INS'pir - Expérimentation";
const SA = "INS'pir - Structure d'accompagnement";
const TL = "Tiers-lieux du numérique";
const AMI = "AMI Innovation sociale";

/*
 * SIRETs: all of these pass Luhn on the 14 digits AND on the 9-digit SIREN.
 * BAD_SIRET fails Luhn on both; LA_POSTE (SIREN 356000000) fails Luhn but its digit sum (15) is divisible by 5.
 */
const V = [
  "", // index 0 unused, so that V[1] is the first
  "69982924809665", "26031001645162", "58944640044400", "71474002472901", "74526259296767",
  "22732761621509", "22389350422771", "77242905660458", "78882073688168", "80880742419615",
  "40277382438279", "71718220870738", "23109043221425", "10028185660593", "40526387238930",
  "45138630439292", "59759027201483", "70879942479645", "56525260844161", "67905644081523",
  "26585497640219", "26967296003288", "16801638485279", "40695321619024", "56769331279094",
  "28113958400011", "73153382413820"
] as const;
function siret(i: number): string {
  const s = V[i];
  if (s === undefined || s === "") throw new Error(`no SIRET ${i}`);
  return s;
}
const BAD_SIRET = "69982942809665";
const LA_POSTE = "356 000 000 00100";

const SUIVI_HEADER = [
  "N° idée", "N° dossier événement", "Titre", "Thématique", "Étape", "Abandonnée", "Date de mise à jour",
  "Accompagnateur", "N° dossier expérimentation", "Porteur", "Email", "Consentement publication"
];
const PAIEMENTS_HEADER = ["N° dossier", "N° mandat", "Date de paiement", "Montant", "Section", "Type"];

// ---------------------------------------------------------------------------------------------
// utf8-comma: UTF-8 with BOM, ",", LF, ISO dates, plain amounts, quoted fields with commas.
function utf8Comma(): void {
  const d: Dialect = { sep: ",", eol: "\n", encoding: "utf8-bom" };
  const header = [
    "N° dossier", "Dispositif", "Intitulé", "Bénéficiaire", "SIRET", "Nature juridique", "Code commune", "Statut",
    "Date de dépôt", "Date de vote", "Date de l'action", "Labellisation", "Coût total", "Montant demandé",
    "Montant voté fonctionnement", "Montant voté investissement", "QPV", "Public QPV", "Accompagnement",
    "Participants", "Année", "Fonctions", "Contact"
  ];
  const rows = [
    ["U-01", EV, "Hackathon santé, mobilité et inclusion", "Lille Num, Lab", siret(1), "Association", "59350", "Voté",
      "2016-10-03", "2016-11-18", "2017-01-20", "Avec financement", "30000", "12500", "12000", "0", "Oui", "Non",
      "Organisateur", "120", "", "", "jeanne.martin@example.org"],
    ["U-02", EV, 'Idéathon "Bien vieillir", Amiens', "Amiens Tech", "", "Association", "80021", "Labellisé",
      "2016-10-20", "2016-12-05", "2017-02-11", "Sans financement", "8000", "0", "0", "0", "Non", "Oui",
      "HDFID", "45", "", "", "03 22 00 00 00"],
    ["U-03", EV, "Start-up week-end Arras", "Arras Start", siret(2), "Association", "62041", "Soldé",
      "2016-09-26", "2016-11-18", "2016-12-09", "Avec financement", "12000", "6000", "5000", "0", "Non", "Non",
      "Structure tierce", "80", "", "", "contact@arras-start.example"],
    ["U-04", EXP, "Prototype covoiturage rural", "Mobil'Oise", siret(3), "Entreprise", "60057", "Voté",
      "2017-01-09", "2017-02-20", "2017-03-01", "", "7000", "6500.5", "4000", "2500.5", "Non", "Non",
      "", "", "", "", ""],
    ["U-05", TL, "Tiers-lieu du Grand Large", "Dunkerque Numérique", siret(4), "EPCI", "59183", "Voté",
      "2016-12-01", "2017-01-16", "2017-02-01", "", "80000", "45000", "40000", "0", "Non", "Non",
      "", "", "1", "médiation, coworking, fablab", ""],
    ["U-06", AMI, "Épicerie solidaire connectée", "Les Paniers, la Suite", "", "Association", "59122", "Déposé",
      "2017-01-12", "", "", "", "15000", "0", "0", "0", "Non", "Non", "", "", "", "", ""],
    ["U-07", EV, "Hackathon du Vermandois", "Quentin Lab", "", "Association", "02691", "Refusé",
      "2016-10-10", "", "", "", "20000", "15000", "0", "0", "Oui", "Oui", "", "", "", "", ""],
    ["U-08", SA, "Incubateur d'idées, Cambrésis", "Cambrai Pépinière", siret(5), "Association", "59122", "Voté",
      "2016-11-02", "2016-12-12", "", "", "10000", "5000", "5000", "0", "Non", "Non", "", "", "", "", ""]
  ];
  const paiements = [
    ["U-01", "2016-0101", "2016-12-01", "6000", "Fonctionnement", "Avance"],
    ["U-03", "2016-0102", "2016-12-10", "2500", "Fonctionnement", "Avance"],
    ["U-03", "2017-0007", "2017-05-02", "2000", "Fonctionnement", "Solde"],
    ["U-04", "2017-0012", "2017-03-01", "2000", "Fonctionnement", "Avance"],
    ["U-04", "2017-0013", "2017-03-01", "1250.25", "Investissement", "Acompte"],
    ["U-05", "2017-0020", "2017-02-01", "20000", "Fonctionnement", "Avance"],
    ["U-08", "2017-0003", "2017-01-15", "2500.5", "Fonctionnement", "Avance"]
  ];
  const suivi = [
    ["ID-01", "U-01", "Rappel de prise de médicaments, par SMS", "santé", "Émergée", "Non", "2017-02-01",
      "Organisateur", "", "Paul Durand", "paul.durand@example.org", "Non"],
    ["ID-02", "U-01", "Carte des pharmacies de garde", "santé", "Publiée", "Non", "2017-03-01",
      "Organisateur", "", "Léa Petit", "lea.petit@example.org", "Oui"],
    ["ID-03", "U-01", "Navette solidaire", "mobilité", "Mûrie", "Non", "2017-06-12", "HDFID", "",
      "Marc Lefebvre", "marc.lefebvre@example.org", "Oui"],
    ["ID-04", "U-03", "Covoiturage rural", "mobilité", "Expérimentée", "Non", "2017-09-01", "Structure tierce",
      "U-04", "Sophie Roux", "sophie.roux@example.org", "Oui"],
    ["ID-05", "U-02", "Aide aux aidants, en ligne", "inclusion", "Accompagnée", "Oui", "2017-05-10", "HDFID", "",
      "Karim Benali", "karim.benali@example.org", "Non"],
    ["ID-06", "U-03", "Cantine locale", "alimentation", "Activité créée", "Non", "2017-11-30", "Structure tierce",
      "", "Anne Leroy", "anne.leroy@example.org", "Oui"]
  ];
  writeCase("utf8-comma", {
    "dossiers.csv": csv(header, rows, d),
    "paiements.csv": csv(PAIEMENTS_HEADER, paiements, d),
    "suivi.csv": csv(SUIVI_HEADER, suivi, d)
  });
}

// ---------------------------------------------------------------------------------------------
// win1252-semicolon: Windows-1252, ";", CRLF, dd/mm/yyyy, French amounts, odd headers and values.
function win1252Semicolon(): void {
  const d: Dialect = { sep: ";", eol: "\r\n", encoding: "windows-1252" };
  // Another column order, odd spellings, an extra column ("Commentaire interne").
  const header = [
    "Statut", "n° Dossier", "Code Commune", "DISPOSITIF", "Intitulé", "Bénéficiaire", "Siret", "date de dépôt",
    "Date de vote", "Date de l’action", "COUT TOTAL", "Montant voté investissement", "Montant voté fonctionnement",
    "QPV", "Public QPV", "Commentaire interne", "Année", "Fonctions"
  ];
  const rows = [
    ["Voté", "W-01", "2691", "INS’pir – Événement créatif", "Hackathon cœur de ville", "L’Atelier numérique saint-quentinois",
      "699 829 248 09665", "03/10/2016", "18/11/2016", "25/11/2016", `24${NBSP}000,00${NBSP}€`, "0",
      `12${NBSP}000,00${NBSP}€`, "O", "N", "Dossier complet – vu en CP", "", ""],
    ["Voté", "W-02", "02285", "INS'pir - Evenement creatif", "Idéathon du Catésis", "Œuvre commune",
      "227 327 616 21509", "14/10/2016", "12/12/2016", "21/01/2017", "10 000 €", "", "3 500,50 €",
      "N", "", "", "", ""],
    ["Solde", "W-03", "80021", "INS’PIR – EXPÉRIMENTATION", "Prototype « Mon œil sur la ville »", "Amiens Lab’",
      siret(7), "02/12/2016", "20/01/2017", "", `9${NBSP}000,00 €`, "1 200,00 €", "4 800,00 €", "Non", "Non",
      "soldé – reversement de 200 € reçu", "", ""],
    ["VOTÉ", "W-04", "62041", "INS’pir – Structure d’accompagnement", "Accompagnement des équipes", "Arras Pépinière",
      siret(8), "05/12/2016", "20/01/2017", "", "12 000 €", "", "5 000,00 €", "Non", "Non", "", "", ""],
    ["Refusé", "W-05", "60057", "INS'pir - Événement créatif", "Hackathon hors délai", "Beauvais Code", "",
      "10/10/2016", "", "", "20 000 €", "", "", "Oui", "Non", "hors délai", "", ""],
    ["Déposé", "W-06", "59350", "Tiers-lieux du numérique", "Tiers-lieu l’Usine", "L’Usine à cœur", "",
      "15/11/2016", "", "", "100 000 €", "", "", "Non", "Non", "", "1", "coworking|fablab"],
    ["Labellisé", "W-07", "59350", "INS’pir – Événement créatif", "Start-up week-end solidaire", "Lille Startups", "",
      "20/10/2016", "12/12/2016", "03/02/2017", "5 000 €", "", "", "oui", "OUI", "", "", ""],
    ["Caduc", "W-08", "80021", "INS'pir - Événement créatif", "Hackathon annulé", "Amiens Événements", siret(9),
      "10/10/2016", "18/11/2016", "", "15 000,00 €", "", "6 000,00 €", "Non", "Non", "caduc – 1 500 € versés", "", ""]
  ];
  // The identifier column spelt " N°  DOSSIER " (spaces around, doubled inside), columns reordered, an extra column.
  const pHeader = ["Montant", "Type", "Section", " N°  DOSSIER ", "N° mandat", "Date de paiement", "Observations"];
  const paiements = [
    [`6${NBSP}000,00${NBSP}€`, "Avance", "Fonctionnement", "W-01", "M2016-101", "05/12/2016", ""],
    ["1 750,25 €", "avance", "fonctionnement", "W-02", "M2017-011", "10/01/2017", "ancien code commune"],
    ["2400", "Avance", "Fonctionnement", "W-03", "M2017-021", "15/02/2017", ""],
    ["2 000,00", "Solde", "FONCTIONNEMENT", "W-03", "M2017-095", "30/06/2017", ""],
    ["1 200,00 €", "Acompte", "Investissement", "W-03", "M2017-022", "15/02/2017", ""],
    ["200,00 €", "REVERSEMENT", "investissement", "W-03", "R2017-003", "01/09/2017", "trop-perçu – titre de recette"],
    ["1 500 €", "Avance", "Fonctionnement", "W-08", "M2016-120", "10/12/2016", ""],
    [`2${NBSP}500,50 €`, "Acompte", "Fonctionnement", "W-04", "M2017-030", "01/03/2017", ""]
  ];
  const sHeader = ["Étape", "N° idée", "N° dossier événement", "Titre", "Abandonnée", "Porteur", "Email", "Consentement publication"];
  const suivi = [
    ["Émergée", "WI-1", "W-01", "Covoiturage cœur de bourg", "N", "Jean Dupont", "jean.dupont@example.org", "O"],
    ["Mûrie", "WI-2", "W-01", "L’appli des aidants", "", "Zoé Martin", "zoe.martin@example.org", "Oui"],
    ["publiee", "WI-3", "W-02", "Troc’outils", "O", "Hugo Bernard", "hugo.bernard@example.org", "N"],
    ["Activite creee", "WI-4", "W-07", "Jardin partagé connecté", "Non", "Inès Moreau", "ines.moreau@example.org", "OUI"],
    ["ACCOMPAGNÉE", "WI-5", "W-07", "Œil citoyen", "oui", "Luc Girard", "luc.girard@example.org", "non"]
  ];
  writeCase("win1252-semicolon", {
    "dossiers.csv": csv(header, rows, d),
    "paiements.csv": csv(pHeader, paiements, d),
    "suivi.csv": csv(sHeader, suivi, d)
  });
}

// ---------------------------------------------------------------------------------------------
// xlsx-typed: dossiers.xlsx and paiements.xlsx, typed number/date cells and French text cells.
type Cell = string | number | Date | null;
const day = (y: number, m: number, dd: number): Date => new Date(Date.UTC(y, m - 1, dd));

async function xlsx(sheetName: string, header: string[], rows: Cell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "acceptance fixtures";
  wb.created = day(2018, 1, 1);
  wb.modified = day(2018, 1, 1);
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(header);
  for (const r of rows) {
    if (r.length !== header.length) throw new Error(`${sheetName}: ${r.length} cells for ${header.length} columns`);
    const row = ws.addRow(r);
    r.forEach((v, i) => {
      if (v instanceof Date) row.getCell(i + 1).numFmt = "dd/mm/yyyy";
    });
  }
  // A second worksheet that must be ignored ("the first worksheet").
  const notes = wb.addWorksheet("Notes");
  notes.addRow(["N° dossier", "Remarque"]);
  notes.addRow(["X-99", "cette feuille n'est pas l'export"]);
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}

async function xlsxTyped(): Promise<void> {
  const header = [
    "N° dossier", "Dispositif", "Intitulé", "Bénéficiaire", "SIRET", "Code commune", "Statut", "Date de dépôt",
    "Date de vote", "Coût total", "Montant voté fonctionnement", "Montant voté investissement", "QPV", "Public QPV",
    "Année", "Fonctions"
  ];
  const rows: Cell[][] = [
    // Code commune typed as the number 2408 (Laon, 02408); a French text amount with U+202F and U+00A0.
    ["X-01", EV, "Start-up week-end de Laon", "Laon Innov", siret(2), 2408, "Voté", day(2017, 1, 9), day(2017, 2, 20),
      20000, `9${NNBSP}500,00${NBSP}€`, 0, "Non", "N", null, null],
    // SIRET typed as a number; deposit date as French text, vote date as a date cell.
    ["X-02", EXP, "Prototype de la maison connectée", "Domotique Picardie", Number(siret(3)), "80021", "Voté",
      "15/01/2017", day(2017, 3, 13), 12000, 5000, 4999.99, null, null, null, null],
    ["X-03", EV, "Hackathon d'Arras", "Arras Start", siret(10), 62041, "Soldé", "2017-02-01", "10/03/2017",
      `16${NNBSP}000`, 7000, null, "Oui", "O", null, null],
    ["X-04", TL, "Tiers-lieu de Compiègne", "Compiègne Fab", siret(11), 60159, "Voté", day(2017, 2, 1), day(2017, 4, 10),
      60000, 30000, 0, "Non", "Non", 2, "médiation|fablab|coworking"],
    ["X-05", EV, "Idéathon de la Baie", "Abbeville Num", null, "80001", "Labellisé", day(2017, 2, 15), day(2017, 3, 13),
      `3${NNBSP}000,00`, null, null, null, "OUI", null, null],
    ["X-06", AMI, "Recyclerie numérique", "Lille Réemploi", null, 59350, "Déposé", day(2017, 3, 1), null,
      25000, null, null, "Non", "Non", null, null]
  ];
  const paiements: Cell[][] = [
    ["X-01", "2017-0001", day(2017, 3, 1), 4750.5, "Fonctionnement", "Avance"],
    ["X-02", "2017-0002", "01/04/2017", `2${NNBSP}500,00${NBSP}€`, "Fonctionnement", "Avance"],
    ["X-02", "2017-0003", day(2017, 4, 1), 2000, "Investissement", "Acompte"],
    ["X-03", "2017-0004", day(2017, 3, 20), 4000, "Fonctionnement", "Avance"],
    ["X-03", "2017-0005", "2017-06-30", "2 500,50", "Fonctionnement", "Solde"],
    ["X-04", "2017-0006", day(2017, 5, 2), 15000, "Fonctionnement", "Avance"]
  ];
  const suivi = [
    ["XI-1", "X-01", "Bourse aux stages", "emploi", "Émergée", "Non", "", "", "", "", "", "Non"],
    ["XI-2", "X-01", "Halte-garderie partagée", "inclusion", "Mûrie", "Non", "", "HDFID", "", "", "", "Oui"],
    ["XI-3", "X-03", "Domotique pour seniors", "santé", "Expérimentée", "Non", "", "Structure tierce", "X-02", "", "", "Oui"],
    ["XI-4", "X-05", "Pêche durable", "alimentation", "Publiée", "Oui", "", "Organisateur", "", "", "", "Non"]
  ];
  writeCase("xlsx-typed", {
    "dossiers.xlsx": await xlsx("Dossiers", header, rows),
    "paiements.xlsx": await xlsx("Paiements", PAIEMENTS_HEADER, paiements),
    "suivi.csv": csv(SUIVI_HEADER, suivi, { sep: ";", eol: "\n", encoding: "utf8" })
  });
}

// ---------------------------------------------------------------------------------------------
// budget: engaged vs paid per status, refunds, non-INS'pir payments, enveloppes.csv with an added line.
function budget(): void {
  const d: Dialect = { sep: ";", eol: "\r\n", encoding: "utf8-bom" };
  const header = [
    "N° dossier", "Dispositif", "Intitulé", "SIRET", "Code commune", "Statut", "Date de dépôt", "Date de vote",
    "Coût total", "Montant voté fonctionnement", "Montant voté investissement", "QPV", "Public QPV", "Année", "Fonctions"
  ];
  const rows = [
    ["B-01", EV, "Hackathon de Lille", siret(10), "59350", "Voté", "01/02/2018", "16/03/2018", "25000", "10000", "0", "Oui", "Non", "", ""],
    ["B-02", EXP, "Expérimentation d'Amiens", siret(11), "80021", "Voté", "05/02/2018", "16/03/2018", "12000", "5000", "5000", "Non", "Non", "", ""],
    ["B-03", EXP, "Expérimentation de Laon", siret(12), "02408", "Soldé", "05/02/2018", "16/03/2018", "11000", "5000", "4000", "Non", "Non", "", ""],
    ["B-04", EV, "Hackathon de Calais", siret(13), "62193", "Caduc", "01/02/2018", "16/03/2018", "20000", "8000", "0", "Non", "Non", "", ""],
    ["B-05", SA, "Accompagnement du Valenciennois", siret(14), "59606", "Soldé", "01/02/2018", "16/03/2018", "9000", "5000", "0", "Non", "Non", "", ""],
    ["B-06", EV, "Label sans financement, Beauvais", "", "60057", "Labellisé", "10/02/2018", "16/03/2018", "4000", "0", "0", "Non", "Non", "", ""],
    ["B-07", EXP, "Expérimentation en instruction", "", "59178", "En instruction", "01/04/2018", "", "9000", "0", "0", "Non", "Non", "", ""],
    ["B-08", TL, "Tiers-lieu d'Arras", siret(15), "62041", "Voté", "10/01/2018", "16/03/2018", "100000", "40000", "0", "Non", "Non", "1", "médiation|coworking"],
    ["B-09", TL, "Tiers-lieu de Compiègne", siret(16), "60159", "Soldé", "10/01/2018", "16/03/2018", "80000", "30000", "0", "Non", "Non", "2", "fablab|coworking|télétravail"],
    ["B-10", AMI, "Innovation sociale du Cambrésis", "", "59122", "Labellisé", "01/02/2018", "16/03/2018", "", "", "", "Non", "Non", "", ""],
    ["B-11", EXP, "Expérimentation abandonnée", siret(17), "02691", "Caduc", "05/02/2018", "16/03/2018", "8000", "3000", "2000", "Non", "Non", "", ""],
    ["B-12", EV, "Hackathon d'Amiens", siret(18), "80021", "Voté", "01/02/2018", "16/03/2018", "30000", "12500", "0", "Non", "Non", "", ""],
    ["B-13", EXP, "Expérimentation de Dunkerque", siret(19), "59183", "Voté", "05/02/2018", "16/03/2018", "9000", "0", "4500,55", "Non", "Non", "", ""],
    ["B-14", EV, "Hackathon refusé", "", "59350", "Refusé", "01/02/2018", "", "20000", "0", "0", "Non", "Non", "", ""],
    ["B-15", EV, "Start-up week-end de Beauvais", siret(20), "60057", "Soldé", "01/02/2018", "16/03/2018", "15000", "6000", "0", "Non", "Non", "", ""]
  ];
  const paiements = [
    ["B-01", "2018-0101", "02/05/2018", "4000", "Fonctionnement", "Avance"],
    ["B-01", "2018-0102", "03/09/2018", "3000", "Fonctionnement", "Acompte"],
    ["B-02", "2018-0103", "02/05/2018", "3000", "Investissement", "Avance"],
    ["B-03", "2018-0104", "02/05/2018", "2000", "Fonctionnement", "Avance"],
    ["B-03", "2018-0105", "15/11/2018", "2500", "Fonctionnement", "Solde"],
    ["B-03", "2018-0106", "02/05/2018", "4000", "Investissement", "Avance"],
    ["B-03", "2019-0007", "20/02/2019", "500", "Investissement", "Reversement"],
    ["B-04", "2018-0108", "02/05/2018", "2000", "Fonctionnement", "Avance"],
    ["B-05", "2018-0109", "02/05/2018", "5000", "Fonctionnement", "Avance"],
    ["B-05", "2019-0010", "10/03/2019", "1250,40", "Fonctionnement", "Reversement"],
    ["B-08", "2018-0111", "02/05/2018", "20000", "Fonctionnement", "Avance"],
    ["B-09", "2018-0112", "02/05/2018", "15000", "Fonctionnement", "Avance"],
    ["B-09", "2018-0113", "15/12/2018", "15000", "Fonctionnement", "Solde"],
    ["B-13", "2018-0114", "02/05/2018", "4500,55", "Investissement", "Solde"],
    ["B-15", "2018-0115", "02/05/2018", "5000", "Fonctionnement", "Avance"],
    ["B-15", "2018-0116", "15/11/2018", "1000", "Fonctionnement", "Solde"],
    ["B-15", "2019-0017", "10/01/2019", "200", "Fonctionnement", "Reversement"]
  ];
  const suivi = [
    ["BI-1", "B-01", "Idée 1", "santé", "Émergée", "Non", "", "", "", "", "", "Non"],
    ["BI-2", "B-01", "Idée 2", "mobilité", "Publiée", "Non", "", "", "", "", "", "Oui"],
    ["BI-3", "B-12", "Idée 3", "inclusion", "Mûrie", "Non", "", "HDFID", "", "", "", "Oui"],
    ["BI-4", "B-15", "Idée 4", "alimentation", "Expérimentée", "Non", "", "HDFID", "B-02", "", "", "Oui"],
    ["BI-5", "B-06", "Idée 5", "santé", "Émergée", "Oui", "", "", "", "", "", "Non"]
  ];
  const eHeader = ["Programme", "Section", "Versant", "Montant", "Référence"];
  const enveloppes = [
    ["INS'pir", "Fonctionnement", "Picardie", "200 000", "Délibération cadre du 23/09/2016"],
    ["INS'pir", "Investissement", "Nord-Pas-de-Calais", "150000", "Délibération cadre du 23/09/2016"],
    ["INS'pir", "Fonctionnement", "Nord-Pas-de-Calais", "150 000", "Délibération cadre du 23/09/2016"],
    ["INS'pir", "Investissement", "Picardie", "100 000", "Délibération cadre du 23/09/2016"],
    ["INS'pir", "Fonctionnement", "Picardie", "50 000", "Crédits complémentaires 2018"]
  ];
  writeCase("budget", {
    "dossiers.csv": csv(header, rows, d),
    "paiements.csv": csv(PAIEMENTS_HEADER, paiements, d),
    "suivi.csv": csv(SUIVI_HEADER, suivi, d),
    "enveloppes.csv": csv(eHeader, enveloppes, d)
  });
}

// ---------------------------------------------------------------------------------------------
// rejections: one row per rejection rule.
const MARKERS = [
  "Contextualisation du besoin", "Place des bénéficiaires", "Nature du collectif", "Intervention du collectif",
  "Place de la recherche", "Ancrage territorial", "Gouvernance", "Ressources", "Logique d'accessibilité",
  "Logique de service", "Rupture avec l'existant", "Capacité de changement social"
];

function rejections(): void {
  const d: Dialect = { sep: ";", eol: "\n", encoding: "utf8" };
  const header = [
    "N° dossier", "Dispositif", "Intitulé", "SIRET", "Code commune", "Statut", "Date de dépôt", "Date de vote",
    "Coût total", "Montant demandé", "Montant voté fonctionnement", "Montant voté investissement", "QPV", "Public QPV",
    "Année", "Fonctions"
  ];
  const dep = "01/09/2017";
  const vote = "20/10/2017";
  const rows = [
    /* 2 */ ["R-01", EV, "Hackathon valide", siret(21), "59350", "Voté", dep, vote, "20000", "8000", "8000", "0", "Non", "Oui", "", ""],
    /* 3 */ ["R-02", EXP, "Expérimentation postale", LA_POSTE, "80021", "Voté", dep, vote, "6000", "3000", "3000", "0", "Non", "Non", "", ""],
    /* 4 */ ["", EV, "Sans numéro", "", "59350", "Déposé", dep, "", "1000", "500", "", "", "Non", "Non", "", ""],
    /* 5 */ ["R-01", EV, "Doublon du R-01", siret(22), "59350", "Voté", dep, vote, "40000", "20000", "20000", "0", "Oui", "Non", "", ""],
    /* 6 */ ["R-03", "INS'pir - Hackathon", "Dispositif inconnu", "", "59350", "Déposé", dep, "", "1000", "500", "", "", "Non", "Non", "", ""],
    /* 7 */ ["R-04", EV, "SIRET faux", BAD_SIRET, "59350", "Voté", dep, vote, "20000", "15000", "15000", "0", "Oui", "Non", "", ""],
    /* 8 */ ["R-05", EXP, "Sans SIRET", "", "80021", "Voté", dep, vote, "5000", "2000", "2000", "0", "Non", "Non", "", ""],
    /* 9 */ ["R-06", EV, "Hackathon à Paris", "", "75056", "Déposé", dep, "", "1000", "500", "", "", "Non", "Non", "", ""],
    /* 10 */ ["R-07", EV, "Hackathon à Aumale (Seine-Maritime)", "", "76035", "Déposé", dep, "", "1000", "500", "", "", "Non", "Non", "", ""],
    /* 11 */ ["R-08", EV, "Code commune inconnu", "", "59999", "Déposé", dep, "", "1000", "500", "", "", "Non", "Non", "", ""],
    /* 12 */ ["R-09", EV, "Statut inconnu", "", "59350", "Accepté", dep, "", "1000", "500", "", "", "Non", "Non", "", ""],
    /* 13 */ ["R-10", EV, "Date impossible", "", "59350", "Déposé", "31/02/2017", "", "1000", "500", "", "", "Non", "Non", "", ""],
    /* 14 */ ["R-11", EV, "Vote avant dépôt", siret(23), "59350", "Voté", "10/03/2017", "01/03/2017", "10000", "4000", "4000", "0", "Non", "Non", "", ""],
    /* 15 */ ["R-12", EV, "Voté sans date de vote", siret(24), "59350", "Voté", dep, "", "10000", "4000", "4000", "0", "Non", "Non", "", ""],
    /* 16 */ ["R-13", EV, "Montant négatif", "", "59350", "Déposé", dep, "", "1000", "-500", "", "", "Non", "Non", "", ""],
    /* 17 */ ["R-14", AMI, "Projet d'innovation sociale", "", "62041", "Labellisé", dep, vote, "", "", "", "", "Non", "Non", "", ""],
    /* 18 */ ["R-15", EV, "Label sans financement", "", "60057", "Labellisé", dep, vote, "3000", "0", "0", "0", "Oui", "Non", "", ""],
    /* 19 */ ["R-16", TL, "Tiers-lieu de Dunkerque", siret(25), "59183", "Voté", dep, vote, "100000", "20000", "20000", "0", "Non", "Non", "1", "médiation|fablab"],
    /* 20 */ ["R-17", EXP, "Expérimentation saint-quentinoise", siret(26), "02691", "Voté", dep, vote, "3000", "1000", "1000", "0", "Non", "Non", "", ""],
    /* 21 */ ["R-18", EV, "Hackathon soldé", siret(27), "62193", "Soldé", dep, vote, "10000", "4000", "4000", "0", "Non", "Non", "", ""],
    /* 22 */ ["R-19", AMI, "Projet AMI 2", "", "59350", "Déposé", dep, "", "", "", "", "", "Non", "Non", "", ""],
    /* 23 */ ["R-20", AMI, "Projet AMI 3", "", "80021", "Déposé", dep, "", "", "", "", "", "Non", "Non", "", ""],
    /* 24 */ ["R-21", AMI, "Projet AMI 4", "", "02408", "Déposé", dep, "", "", "", "", "", "Non", "Non", "", ""]
  ];
  const paiements = [
    /* 2 */ ["R-01", "P-001", "15/11/2017", "4000", "Fonctionnement", "Avance"],
    /* 3 */ ["R-99", "P-002", "15/11/2017", "1000", "Fonctionnement", "Avance"],
    /* 4 */ ["R-04", "P-003", "15/11/2017", "2000", "Fonctionnement", "Avance"],
    /* 5 */ ["R-01", "P-001", "20/12/2017", "9000", "Fonctionnement", "Solde"],
    /* 6 */ ["R-01", "P-004", "20/12/2017", "0", "Fonctionnement", "Acompte"],
    /* 7 */ ["R-01", "P-005", "20/12/2017", "500", "Personnel", "Acompte"],
    /* 8 */ ["R-01", "P-006", "20/12/2017", "500", "Fonctionnement", "Virement"],
    /* 9 */ ["R-18", "P-007", "15/11/2017", "4000", "Fonctionnement", "Solde"],
    /* 10 */ ["R-02", "P-008", "15/11/2017", "1500", "Fonctionnement", "Avance"],
    /* 11 */ ["R-01", "P-009", "20/12/2017", "-100", "Fonctionnement", "Acompte"],
    /* 12 */ ["R-16", "P-010", "15/11/2017", "10000", "Fonctionnement", "Avance"],
    /* 13 */ ["", "P-011", "15/11/2017", "100", "Fonctionnement", "Avance"],
    /* 14 */ ["R-01", "", "20/12/2017", "100", "Fonctionnement", "Acompte"],
    /* 15 */ ["R-01", "P-012", "", "100", "Fonctionnement", "Acompte"]
  ];
  const sHeader = ["N° idée", "N° dossier événement", "Titre", "Étape", "Abandonnée", "N° dossier expérimentation"];
  const suivi = [
    /* 2 */ ["I-01", "R-01", "Idée A", "Émergée", "Non", ""],
    /* 3 */ ["I-02", "R-02", "Idée rattachée à une expérimentation", "Publiée", "Non", ""],
    /* 4 */ ["I-03", "R-01", "Étape inconnue", "Lancée", "Non", ""],
    /* 5 */ ["I-01", "R-01", "Doublon de I-01", "Mûrie", "Non", ""],
    /* 6 */ ["I-04", "R-01", "Expérimentation inexistante", "Expérimentée", "Non", "R-98"],
    /* 7 */ ["I-05", "R-15", "Idée B", "Publiée", "Non", ""],
    /* 8 */ ["I-06", "R-01", "Idée C", "Expérimentée", "Non", "R-17"],
    /* 9 */ ["I-07", "R-10", "Idée d'un dossier rejeté", "Émergée", "Non", ""],
    /* 10 */ ["I-08", "R-99", "Idée d'un dossier absent", "Émergée", "Non", ""],
    /* 11 */ ["", "R-01", "Idée sans numéro", "Émergée", "Non", ""],
    /* 12 */ ["I-09", "R-18", "Idée D", "Activité créée", "Non", ""],
    /* 13 */ ["I-10", "R-15", "Idée E", "Accompagnée", "Oui", ""],
    /* 14 */ ["I-11", "R-01", "Idée sans étape", "", "Non", ""]
  ];
  const mHeader = ["N° dossier", "Date du comité", ...MARKERS];
  const marqueurs = [
    /* 2 */ ["R-14", "15/11/2017", "3", "2", "2", "1,5", "0", "3", "2", "2", "1", "2", "3", "2"],
    /* 3 */ ["R-01", "15/11/2017", "2", "2", "2", "2", "2", "2", "2", "2", "2", "2", "2", "2"],
    /* 4 */ ["R-19", "15/11/2017", "3", "4", "2", "1", "0", "3", "2", "2", "1", "2", "3", "2"],
    /* 5 */ ["R-20", "15/11/2017", "3", "2", "2,25", "1", "0", "3", "2", "2", "1", "2", "3", "2"],
    /* 6 */ ["R-21", "15/11/2017", "1", "1", "2", "2", "0", "3", "0", "2", "1", "2", "0,5", "2"],
    /* 7 */ ["R-97", "15/11/2017", "2", "2", "2", "2", "2", "2", "2", "2", "2", "2", "2", "2"]
  ];
  writeCase("rejections", {
    "dossiers.csv": csv(header, rows, d),
    "paiements.csv": csv(PAIEMENTS_HEADER, paiements, d),
    "suivi.csv": csv(sHeader, suivi, d),
    "marqueurs.csv": csv(mHeader, marqueurs, d)
  });
}

// ---------------------------------------------------------------------------------------------
// alerts: one dossier per funding rule, plus controls exactly at the caps.
function alerts(): void {
  const d: Dialect = { sep: ";", eol: "\r\n", encoding: "utf8" };
  const header = [
    "N° dossier", "Dispositif", "Intitulé", "SIRET", "Code commune", "Statut", "Date de dépôt", "Date de vote",
    "Coût total", "Montant voté fonctionnement", "Montant voté investissement", "QPV", "Public QPV", "Année", "Fonctions"
  ];
  const dep = "05/01/2018";
  const vote = "15/03/2018";
  const rows = [
    ["A-01", EV, "Événement à 60 % du coût", siret(1), "59350", "Voté", dep, vote, "10000", "6000", "0", "Non", "Non", "", ""],
    ["A-02", EV, "Événement à 13 000 €", siret(2), "80021", "Voté", dep, vote, "40000", "13000", "0", "Oui", "Non", "", ""],
    ["A-03", EV, "Témoin : 12 500 € pile, 50 % pile", siret(3), "62041", "Voté", dep, vote, "25000", "12500", "0", "Non", "Non", "", ""],
    ["A-04", EXP, "Expérimentation 5 500 € fonct.", siret(4), "60057", "Voté", dep, vote, "12000", "5500", "0", "Non", "Non", "", ""],
    ["A-05", EXP, "Expérimentation 5 000,01 € invest.", siret(5), "02408", "Voté", dep, vote, "12000", "0", "5000,01", "Non", "Non", "", ""],
    ["A-06", EXP, "Témoin : 5 000 € + 5 000 €", siret(6), "60159", "Voté", dep, vote, "12000", "5000", "5000", "Non", "Non", "", ""],
    ["A-07", SA, "Structure 5 200 €", siret(7), "59606", "Voté", dep, vote, "12000", "5200", "0", "Non", "Non", "", ""],
    ["A-08", SA, "Témoin : structure 5 000 €", siret(8), "59178", "Voté", dep, vote, "12000", "5000", "0", "Non", "Non", "", ""],
    ["A-09", TL, "Année 1 à 46 000 €", siret(9), "59183", "Voté", dep, vote, "100000", "46000", "0", "Non", "Non", "1", "médiation|coworking"],
    ["A-10", TL, "Témoin : année 1 à 45 000 €", siret(10), "62160", "Voté", dep, vote, "100000", "45000", "0", "Non", "Non", "1", "fablab|coworking"],
    ["A-11", TL, "Année 2 à 30 500 €", siret(11), "62193", "Voté", dep, vote, "100000", "30500", "0", "Non", "Non", "2", "médiation|animation territoriale"],
    ["A-12", TL, "Témoin : année 2 à 30 000 €", siret(12), "62765", "Voté", dep, vote, "100000", "30000", "0", "Non", "Non", "2", "aide aux porteurs de projets|coworking"],
    ["A-13", TL, "Année 3 à 15 000,50 €", siret(13), "59122", "Voté", dep, vote, "100000", "15000,5", "0", "Non", "Non", "3", "médiation|fablab"],
    ["A-14", TL, "Témoin : année 3 à 15 000 €", siret(14), "59392", "Voté", dep, vote, "100000", "15000", "0", "Non", "Non", "3", "télétravail|coworking"],
    ["A-15", TL, "Équipement à 2/3 du coût", siret(15), "62119", "Voté", dep, vote, "30000", "0", "20000", "Non", "Non", "1", "fablab|médiation"],
    ["A-16", TL, "Équipement à 31 000 €", siret(16), "62498", "Voté", dep, vote, "100000", "0", "31000", "Non", "Non", "1", "fablab|coworking|médiation"],
    ["A-17", TL, "Témoin : équipement 30 000 € pour 60 000 €", siret(17), "62427", "Voté", dep, vote, "60000", "0", "30000", "Non", "Non", "1", "fablab|coworking"],
    ["A-18", TL, "MEL année 2 (Lille)", siret(18), "59350", "Voté", dep, vote, "100000", "20000", "0", "Non", "Non", "2", "médiation|coworking"],
    ["A-19", TL, "MEL année 2 (Roubaix)", siret(19), "59512", "Soldé", dep, vote, "100000", "25000", "0", "Non", "Non", "2", "médiation|fablab"],
    ["A-20", TL, "Témoin : MEL année 3 (Tourcoing)", siret(20), "59599", "Voté", dep, vote, "100000", "10000", "0", "Non", "Non", "3", "coworking|télétravail"],
    ["A-21", TL, "Témoin : MEL année 2 non voté", "", "59009", "Déposé", dep, "", "100000", "0", "0", "Non", "Non", "2", "médiation|coworking"],
    ["A-22", TL, "Une seule fonction", siret(21), "60175", "Voté", dep, vote, "100000", "20000", "0", "Non", "Non", "1", "coworking"],
    ["A-23", TL, "Témoin : deux fonctions séparées par une virgule", siret(22), "80001", "Voté", dep, vote, "100000", "20000", "0", "Non", "Non", "1", "coworking, télétravail"],
    ["A-24", EV, "Payé plus que voté", siret(23), "02691", "Voté", dep, vote, "20000", "5000", "0", "Non", "Non", "", ""],
    ["A-25", EV, "Témoin : trop-payé reversé", siret(24), "02722", "Voté", dep, vote, "20000", "5000", "0", "Non", "Non", "", ""],
    ["A-26", EXP, "Payé en investissement sans vote en investissement", siret(25), "02168", "Voté", dep, vote, "6000", "3000", "0", "Non", "Non", "", ""],
    ["A-27", TL, "Paiement sur dossier déposé", "", "59295", "Déposé", dep, "", "100000", "0", "0", "Non", "Non", "1", "médiation|coworking"],
    ["A-28", EV, "Payé la veille du vote", siret(26), "62498", "Voté", dep, vote, "10000", "4000", "0", "Non", "Non", "", ""],
    ["A-29", EV, "Témoin : payé le jour du vote", siret(27), "62510", "Voté", dep, vote, "10000", "4000", "0", "Non", "Non", "", ""],
    ["A-30", EV, "Témoin : label sans financement", "", "80021", "Labellisé", dep, vote, "3000", "0", "0", "Non", "Non", "", ""]
  ];
  const paiements = [
    ["A-24", "2018-0201", "02/05/2018", "3000", "Fonctionnement", "Avance"],
    ["A-24", "2018-0202", "15/10/2018", "2500", "Fonctionnement", "Solde"],
    ["A-25", "2018-0203", "02/05/2018", "6000", "Fonctionnement", "Avance"],
    ["A-25", "2018-0204", "15/10/2018", "1000", "Fonctionnement", "Reversement"],
    ["A-26", "2018-0205", "02/05/2018", "1000", "Fonctionnement", "Avance"],
    ["A-26", "2018-0206", "02/05/2018", "500", "Investissement", "Avance"],
    ["A-27", "2018-0207", "02/05/2018", "1000", "Fonctionnement", "Avance"],
    ["A-28", "2018-0208", "14/03/2018", "2000", "Fonctionnement", "Avance"],
    ["A-29", "2018-0209", "15/03/2018", "2000", "Fonctionnement", "Avance"],
    ["A-19", "2018-0210", "02/05/2018", "25000", "Fonctionnement", "Solde"],
    ["A-10", "2018-0211", "02/05/2018", "22500", "Fonctionnement", "Avance"]
  ];
  const suivi = [
    ["AI-1", "A-01", "Idée 1", "santé", "Émergée", "Non", "", "", "", "", "", "Non"],
    ["AI-2", "A-01", "Idée 2", "mobilité", "Accompagnée", "Non", "", "Organisateur", "", "", "", "Oui"],
    ["AI-3", "A-03", "Idée 3", "inclusion", "Mûrie", "Non", "", "HDFID", "", "", "", "Oui"],
    ["AI-4", "A-24", "Idée 4", "alimentation", "Activité créée", "Non", "", "Structure tierce", "", "", "", "Oui"],
    ["AI-5", "A-30", "Idée 5", "santé", "Publiée", "Oui", "", "", "", "", "", "Non"]
  ];
  writeCase("alerts", {
    "dossiers.csv": csv(header, rows, d),
    "paiements.csv": csv(PAIEMENTS_HEADER, paiements, d),
    "suivi.csv": csv(SUIVI_HEADER, suivi, d)
  });
}

// ---------------------------------------------------------------------------------------------
// funnel-qpv: every stage, abandoned ideas, counted vs non-counted events, QPV combinations, per100k.
function funnelQpv(): void {
  const d: Dialect = { sep: ";", eol: "\r\n", encoding: "utf8" };
  const header = [
    "N° dossier", "Dispositif", "Intitulé", "SIRET", "Code commune", "Statut", "Date de dépôt", "Date de vote",
    "Coût total", "Montant voté fonctionnement", "Montant voté investissement", "QPV", "Public QPV"
  ];
  const eur = (s: string): string => `${s.replace(" ", NNBSP)}${NBSP}€`; // "10 000,00" -> "10 000,00 €" (U+202F, U+00A0)
  const dep = "02/05/2019";
  const vote = "28/06/2019";
  const rows = [
    ["F-01", EV, "Hackathon Lille-Sud", siret(1), "59350", "Voté", dep, vote, eur("25 000,00"), eur("10 000,00"), "", "Oui", "Oui"],
    ["F-02", EV, "Idéathon de Roubaix", siret(2), "59512", "Voté", dep, vote, eur("10 000,00"), eur("4 000,50"), "", "Non", "Oui"],
    ["F-03", EV, "Start-up week-end de Tourcoing", siret(3), "59599", "Soldé", dep, vote, eur("15 000,00"), eur("6 000,00"), "", "Oui", "Non"],
    ["F-04", EV, "Label Amiens Nord", "", "80021", "Labellisé", dep, vote, eur("2 000,00"), "", "", "Oui", "Non"],
    ["F-05", EV, "Hackathon de Beauvais", siret(4), "60057", "Voté", dep, vote, eur("20 000,00"), eur("8 000,00"), "", "Non", "Non"],
    ["F-06", EV, "Hackathon de Saint-Quentin", siret(5), "02691", "Soldé", dep, vote, eur("8 000,00"), eur("3 000,00"), "", "Non", ""],
    ["F-07", EV, "Refusé (QPV)", "", "59350", "Refusé", dep, "", eur("10 000,00"), "", "", "Oui", "Oui"],
    ["F-08", EV, "Caduc (QPV)", siret(6), "62193", "Caduc", dep, vote, eur("12 000,00"), eur("5 000,00"), "", "Oui", "Oui"],
    ["F-09", EV, "Déposé (QPV)", "", "62041", "Déposé", dep, "", "", "", "", "Oui", "Non"],
    ["F-10", EV, "En instruction (QPV)", "", "02408", "En instruction", dep, "", "", "", "", "Oui", "Non"],
    ["F-11", EV, "Abandonné (public QPV)", "", "59178", "Abandonné", dep, "", "", "", "", "Non", "Oui"],
    ["F-12", EV, "Label Arras", "", "62041", "Labellisé", dep, vote, eur("1 500,00"), "", "", "Non", "Oui"],
    ["F-13", EXP, "Expérimentation lilloise (QPV)", siret(7), "59350", "Voté", dep, vote, eur("5 000,00"), eur("2 000,00"), "", "Oui", "Oui"],
    ["F-14", EV, "Hackathon rural de Corbeny", siret(8), "02215", "Voté", dep, vote, eur("6 000,00"), eur("2 500,00"), "", "Non", "Oui"],
    ["F-15", EV, "Label Bourg-et-Comin", "", "02106", "Labellisé", dep, vote, eur("1 000,00"), "", "", "Non", "Non"]
  ];
  const paiements = [
    ["F-03", "2019-0301", "15/07/2019", eur("5 000,00"), "Fonctionnement", "Avance"],
    ["F-03", "2019-0302", "20/12/2019", eur("500,00"), "Fonctionnement", "Solde"],
    ["F-06", "2019-0303", "20/12/2019", eur("3 000,00"), "Fonctionnement", "Solde"],
    ["F-08", "2019-0304", "15/07/2019", eur("1 000,00"), "Fonctionnement", "Avance"]
  ];
  const suivi = [
    ["S01", "F-01", "Idée 1", "santé", "Émergée", "Non", "", "", "", "", "", "Non"],
    ["S02", "F-01", "Idée 2", "santé", "Émergée", "Oui", "", "", "", "", "", "Non"],
    ["S03", "F-01", "Idée 3", "mobilité", "Publiée", "Non", "", "", "", "", "", "Oui"],
    ["S04", "F-02", "Idée 4", "mobilité", "Publiée", "Oui", "", "", "", "", "", "Oui"],
    ["S05", "F-02", "Idée 5", "inclusion", "Publiée", "Non", "", "", "", "", "", "Oui"],
    ["S06", "F-03", "Idée 6", "inclusion", "Accompagnée", "Non", "", "Organisateur", "", "", "", "Oui"],
    ["S07", "F-03", "Idée 7", "alimentation", "Accompagnée", "Oui", "", "Organisateur", "", "", "", "Non"],
    ["S08", "F-04", "Idée 8", "alimentation", "Mûrie", "Non", "", "HDFID", "", "", "", "Oui"],
    ["S09", "F-04", "Idée 9", "santé", "Mûrie", "Non", "", "HDFID", "", "", "", "Oui"],
    ["S10", "F-05", "Idée 10", "mobilité", "Expérimentée", "Non", "", "Structure tierce", "F-13", "", "", "Oui"],
    ["S11", "F-06", "Idée 11", "inclusion", "Expérimentée", "Non", "", "Structure tierce", "", "", "", "Oui"],
    ["S12", "F-12", "Idée 12", "alimentation", "Activité créée", "Non", "", "HDFID", "", "", "", "Oui"],
    ["S13", "F-14", "Idée 13", "santé", "Émergée", "", "", "", "", "", "", ""],
    ["S14", "F-15", "Idée 14", "mobilité", "Publiée", "Non", "", "", "", "", "", "Non"]
  ];
  writeCase("funnel-qpv", {
    "dossiers.csv": csv(header, rows, d),
    "paiements.csv": csv(PAIEMENTS_HEADER, paiements, d),
    "suivi.csv": csv(SUIVI_HEADER, suivi, d)
  });
}

// ---------------------------------------------------------------------------------------------
// Fatal cases: the load must fail (non-zero exit, empty stdout, one line on stderr naming the file).
function fatal(): void {
  const d: Dialect = { sep: ";", eol: "\n", encoding: "utf8" };
  const header = ["N° dossier", "Dispositif", "SIRET", "Code commune", "Statut", "Date de dépôt", "Date de vote", "Coût total", "Montant voté fonctionnement"];
  const rows = [
    ["Z-01", EV, siret(1), "59350", "Voté", "01/09/2017", "20/10/2017", "20000", "8000"],
    ["Z-02", EV, "", "80021", "Labellisé", "01/09/2017", "20/10/2017", "3000", ""],
    ["Z-03", EXP, siret(2), "62041", "Voté", "01/09/2017", "20/10/2017", "6000", "3000"]
  ];
  const dossiers = csv(header, rows, d);
  const paiements = csv(PAIEMENTS_HEADER, [["Z-01", "P-1", "15/11/2017", "4000", "Fonctionnement", "Avance"]], d);
  const suivi = csv(SUIVI_HEADER, [["ZI-1", "Z-01", "Idée", "santé", "Émergée", "Non", "", "", "", "", "", "Non"]], d);

  writeCase("fatal-missing-paiements", { "dossiers.csv": dossiers, "suivi.csv": suivi });

  const noCommune = header.filter((h) => h !== "Code commune");
  const idx = header.indexOf("Code commune");
  writeCase("fatal-missing-column", {
    "dossiers.csv": csv(noCommune, rows.map((r) => r.filter((_, i) => i !== idx)), d),
    "paiements.csv": paiements,
    "suivi.csv": suivi
  });

  // Deterministic pseudo-random bytes (mulberry32), with NUL bytes sprinkled in: not text in any encoding.
  let s = 0x5eed1234;
  const bytes = Buffer.alloc(2048);
  for (let i = 0; i < bytes.length; i++) {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    bytes[i] = i % 5 === 1 ? 0 : ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  writeCase("fatal-binary-suivi", { "dossiers.csv": dossiers, "paiements.csv": paiements, "suivi.csv": bytes });
}

utf8Comma();
win1252Semicolon();
await xlsxTyped();
budget();
rejections();
alerts();
funnelQpv();
fatal();
console.log(`fixtures written under ${casesDir}`);
