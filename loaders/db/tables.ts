import type { Alert } from "../alerts/rules.js";
import type { Kept } from "../load/load-exports.js";
import type { FileReport, Rejection } from "../load/report.js";
import type { Dossier } from "../schemas/dossier.js";
import type { Enveloppe } from "../schemas/enveloppe.js";
import type { Idee } from "../schemas/idee.js";
import type { Paiement } from "../schemas/paiement.js";
import { isInspirProgramme } from "../schemas/enveloppe.js";
import { INSPIR_DISPOSITIFS, STAGES, type Stage } from "../schemas/vocabulary.js";
import type { Commune, Epci } from "../territory/reference.js";
import type { ColumnDef, TableDef } from "./table-def.js";

// The analysts' tables. Amounts are in euros (DOUBLE), dates are DATE, identifiers VARCHAR as written in the exports.

export const EPCI_TABLE: TableDef<Epci> = {
  name: "epci",
  comment: "The 92 EPCI with a member commune in Hauts-de-France (@etalab/decoupage-administratif 6.0.0)",
  columns: [
    { name: "siren", kind: "VARCHAR", comment: "SIREN of the EPCI", value: (e) => e.siren },
    { name: "name", kind: "VARCHAR", comment: "Name of the EPCI", value: (e) => e.name },
    { name: "population", kind: "INTEGER", comment: "populationMunicipale of the whole EPCI (inhabitants)", value: (e) => e.population }
  ]
};

export const COMMUNES_TABLE: TableDef<Commune> = {
  name: "communes",
  comment: "Current communes of Hauts-de-France with their EPCI, département and versant",
  columns: [
    { name: "code", kind: "VARCHAR", comment: "INSEE code", value: (c) => c.code },
    { name: "name", kind: "VARCHAR", comment: "Name", value: (c) => c.name },
    { name: "departement", kind: "VARCHAR", comment: "Département code (02, 59, 60, 62, 80)", value: (c) => c.departement },
    { name: "versant", kind: "VARCHAR", comment: "Nord-Pas-de-Calais or Picardie", value: (c) => c.versant },
    { name: "epci_siren", kind: "VARCHAR", comment: "SIREN of its EPCI", value: (c) => c.epciSiren },
    { name: "population", kind: "INTEGER", comment: "Population municipale (inhabitants)", value: (c) => c.population }
  ]
};

export const DOSSIERS_TABLE: TableDef<Kept<Dossier>> = {
  name: "dossiers",
  comment: "Kept dossiers of the five schemes (rejected rows are in rejected)",
  columns: [
    { name: "id", kind: "VARCHAR", comment: "N° dossier", value: (d) => d.id },
    { name: "line", kind: "INTEGER", comment: "Line in the export (header = 1)", value: (d) => d.line },
    { name: "dispositif", kind: "VARCHAR", repeats: true, comment: "Scheme, canonical spelling", value: (d) => d.dispositif },
    { name: "inspir", kind: "BOOLEAN", comment: "One of the three INS'pir schemes paid by the envelope", value: (d) => INSPIR_DISPOSITIFS.includes(d.dispositif) },
    { name: "intitule", kind: "VARCHAR", comment: "Title of the action", value: (d) => d.intitule },
    { name: "beneficiaire", kind: "VARCHAR", comment: "Beneficiary organisation", value: (d) => d.beneficiaire },
    { name: "siret", kind: "VARCHAR", comment: "SIRET (14 digits)", value: (d) => d.siret },
    { name: "nature_juridique", kind: "VARCHAR", repeats: true, comment: "Legal form", value: (d) => d.natureJuridique },
    { name: "commune_code", kind: "VARCHAR", repeats: true, comment: "Current commune (former codes mapped)", value: (d) => d.commune.code },
    { name: "commune_name", kind: "VARCHAR", repeats: true, comment: "Name of the current commune", value: (d) => d.commune.name },
    { name: "departement", kind: "VARCHAR", repeats: true, comment: "Département of the current commune", value: (d) => d.commune.departement },
    { name: "versant", kind: "VARCHAR", repeats: true, comment: "Versant of that département", value: (d) => d.commune.versant },
    { name: "epci_siren", kind: "VARCHAR", repeats: true, comment: "EPCI of the current commune", value: (d) => d.commune.epciSiren },
    { name: "statut", kind: "VARCHAR", repeats: true, comment: "Status, canonical spelling", value: (d) => d.statut },
    { name: "date_depot", kind: "DATE", comment: "Deposit date", value: (d) => d.dateDepot },
    { name: "date_vote", kind: "DATE", comment: "Date of the vote or label", value: (d) => d.dateVote },
    { name: "date_action", kind: "DATE", comment: "Date of the event or start of the action", value: (d) => d.dateAction },
    { name: "labellisation", kind: "VARCHAR", repeats: true, comment: "Avec / Sans financement (events)", value: (d) => d.labellisation },
    { name: "cout_total", kind: "DOUBLE", comment: "Eligible cost (€)", value: (d) => d.coutTotal },
    { name: "montant_demande", kind: "DOUBLE", comment: "Amount requested (€)", value: (d) => d.montantDemande },
    { name: "vote_fonctionnement", kind: "DOUBLE", comment: "Voted amount, fonctionnement (€)", value: (d) => d.voteFonctionnement },
    { name: "vote_investissement", kind: "DOUBLE", comment: "Voted amount, investissement (€)", value: (d) => d.voteInvestissement },
    { name: "qpv", kind: "BOOLEAN", comment: "Located in a QPV", value: (d) => d.qpv },
    { name: "public_qpv", kind: "BOOLEAN", comment: "Includes residents of a QPV", value: (d) => d.publicQpv },
    { name: "accompagnement", kind: "VARCHAR", repeats: true, comment: "Who follows the teams (events)", value: (d) => d.accompagnement },
    { name: "participants", kind: "INTEGER", comment: "People present", value: (d) => d.participants },
    { name: "annee", kind: "INTEGER", comment: "Year 1–3 of the tiers-lieu plan", value: (d) => d.annee },
    { name: "fonctions", kind: "VARCHAR[]", comment: "Tiers-lieu functions (distinct)", value: (d) => d.fonctions }
  ]
};

export const PAIEMENTS_TABLE: TableDef<Kept<Paiement>> = {
  name: "paiements",
  comment: "Kept payment orders and refunds",
  columns: [
    { name: "mandat", kind: "VARCHAR", comment: "N° mandat", value: (p) => p.mandat },
    { name: "line", kind: "INTEGER", comment: "Line in the export (header = 1)", value: (p) => p.line },
    { name: "dossier_id", kind: "VARCHAR", comment: "N° dossier", value: (p) => p.dossier },
    { name: "date_paiement", kind: "DATE", comment: "Payment date", value: (p) => p.datePaiement },
    { name: "section", kind: "VARCHAR", repeats: true, comment: "Fonctionnement or Investissement", value: (p) => p.section },
    { name: "type", kind: "VARCHAR", repeats: true, comment: "Avance, Acompte, Solde or Reversement", value: (p) => p.type },
    { name: "montant", kind: "DOUBLE", comment: "Amount as entered, positive (€)", value: (p) => p.montant },
    { name: "net_amount", kind: "DOUBLE", comment: "Amount counted: negative for a Reversement (€)", value: (p) => p.signedAmount }
  ]
};

export const IDEES_TABLE: TableDef<Kept<Idee>> = {
  name: "idees",
  comment: "Kept ideas of the suivi export (personal columns are in personal_data)",
  columns: [
    { name: "id", kind: "VARCHAR", comment: "N° idée", value: (i) => i.id },
    { name: "line", kind: "INTEGER", comment: "Line in the export (header = 1)", value: (i) => i.line },
    { name: "dossier_evenement", kind: "VARCHAR", repeats: true, comment: "Creative event it came from", value: (i) => i.dossierEvenement },
    { name: "titre", kind: "VARCHAR", comment: "Title", value: (i) => i.titre },
    { name: "thematique", kind: "VARCHAR", repeats: true, comment: "Theme (free text)", value: (i) => i.thematique },
    { name: "etape", kind: "VARCHAR", repeats: true, comment: "Furthest stage reached", value: (i) => i.etape },
    { name: "etape_rank", kind: "INTEGER", comment: "Rank of the stage, 1 (Émergée) to 6 (Activité créée)", value: (i) => stageRank(i.etape) },
    { name: "abandonnee", kind: "BOOLEAN", comment: "The team stopped", value: (i) => i.abandonnee },
    { name: "date_mise_a_jour", kind: "DATE", comment: "Last update", value: (i) => i.dateMiseAJour },
    { name: "accompagnateur", kind: "VARCHAR", repeats: true, comment: "Who follows the team", value: (i) => i.accompagnateur },
    { name: "dossier_experimentation", kind: "VARCHAR", comment: "Experiment dossier funding its test", value: (i) => i.dossierExperimentation },
    { name: "consentement_publication", kind: "BOOLEAN", comment: "Agreed to publication on the Innovation Store", value: (i) => i.consentement }
  ]
};

/** One row per (assessment, marker): the long form suits radars and averages. */
export interface MarkerScore {
  dossier: string;
  line: number;
  dateComite: string | null;
  rank: number;
  marker: string;
  score: number;
}

/** The columns of marqueurs that describe the assessment, written as they are by the import's CSV too (see load-layouts). */
export const ASSESSMENT_COLUMNS: readonly ColumnDef<Pick<MarkerScore, "dossier" | "line" | "dateComite">>[] = [
  { name: "dossier_id", kind: "VARCHAR", repeats: true, comment: "AMI Innovation sociale dossier", value: (m) => m.dossier },
  { name: "line", kind: "INTEGER", comment: "Line of the assessment in the export", value: (m) => m.line },
  { name: "date_comite", kind: "DATE", comment: "Committee date", value: (m) => m.dateComite }
];

export const MARQUEURS_TABLE: TableDef<MarkerScore> = {
  name: "marqueurs",
  comment: "Godin social-innovation marker scores, one row per assessment and marker",
  columns: [
    ...ASSESSMENT_COLUMNS,
    { name: "marker_rank", kind: "INTEGER", comment: "Marker number 1–12", value: (m) => m.rank },
    { name: "marker", kind: "VARCHAR", repeats: true, comment: "Marker name", value: (m) => m.marker },
    { name: "score", kind: "DOUBLE", comment: "Score 0–3 by halves", value: (m) => m.score }
  ]
};

export const ENVELOPPES_TABLE: TableDef<Kept<Enveloppe> & { source: string }> = {
  name: "enveloppes",
  comment: "Budget lines (from the export, or the 2016 deliberation when absent); lines with the same section and versant add up",
  columns: [
    { name: "programme", kind: "VARCHAR", comment: "Programme", value: (e) => e.programme },
    { name: "section", kind: "VARCHAR", comment: "Fonctionnement or Investissement", value: (e) => e.section },
    { name: "versant", kind: "VARCHAR", comment: "Nord-Pas-de-Calais or Picardie", value: (e) => e.versant },
    { name: "montant", kind: "DOUBLE", comment: "Amount (€)", value: (e) => e.montant },
    { name: "reference", kind: "VARCHAR", comment: "Deliberation", value: (e) => e.reference },
    { name: "source", kind: "VARCHAR", comment: "export or deliberation-2016", value: (e) => e.source },
    { name: "inspir", kind: "BOOLEAN", comment: "A line of the INS'pir programme (the budget indicators' envelope)", value: (e) => isInspirProgramme(e.programme) }
  ]
};

export const FILES_TABLE: TableDef<FileReport> = {
  name: "files",
  comment: "One row per export file read: rows read = kept + rejected",
  columns: [
    { name: "file", kind: "VARCHAR", comment: "File name as found", value: (f) => f.file },
    { name: "kind", kind: "VARCHAR", comment: "Export kind", value: (f) => f.kind },
    { name: "format", kind: "VARCHAR", comment: "How it was read", value: (f) => f.format },
    { name: "read", kind: "INTEGER", comment: "Data rows read", value: (f) => f.read },
    { name: "kept", kind: "INTEGER", comment: "Rows kept", value: (f) => f.kept },
    { name: "rejected", kind: "INTEGER", comment: "Rows rejected", value: (f) => f.rejected },
    { name: "extra_columns", kind: "VARCHAR[]", comment: "Columns ignored", value: (f) => f.extraColumns }
  ]
};

export const REJECTED_TABLE: TableDef<Rejection> = {
  name: "rejected",
  comment: "Rejected rows: left out of every indicator",
  columns: [
    { name: "file", kind: "VARCHAR", comment: "File name", value: (r) => r.file },
    { name: "line", kind: "INTEGER", comment: "Line (header = 1)", value: (r) => r.line },
    { name: "column_name", kind: "VARCHAR", comment: "Column(s) at fault", value: (r) => r.column },
    { name: "value", kind: "VARCHAR", comment: "Value(s) at fault", value: (r) => r.value },
    { name: "reason", kind: "VARCHAR", comment: "Why", value: (r) => r.reason }
  ]
};

/** A personal value kept apart from the indicator tables. */
export interface PersonalValue {
  file: string;
  line: number;
  recordId: string;
  column: string;
  value: string;
}

export const PERSONAL_TABLE: TableDef<PersonalValue> = {
  name: "personal_data",
  comment: "PERSONAL DATA (Contact, Porteur, Email of kept rows): never to be published",
  columns: [
    { name: "file", kind: "VARCHAR", repeats: true, comment: "File name", value: (p) => p.file },
    { name: "line", kind: "INTEGER", comment: "Line", value: (p) => p.line },
    { name: "record_id", kind: "VARCHAR", comment: "N° dossier or N° idée", value: (p) => p.recordId },
    { name: "column_name", kind: "VARCHAR", repeats: true, comment: "Contact, Porteur or Email", value: (p) => p.column },
    { name: "value", kind: "VARCHAR", comment: "The personal value", value: (p) => p.value }
  ]
};

export const STAGES_TABLE: TableDef<{ rank: number; stage: Stage }> = {
  name: "stages",
  comment: "Idea stages in order",
  columns: [
    { name: "rank", kind: "INTEGER", comment: "1 to 6", value: (s) => s.rank },
    { name: "stage", kind: "VARCHAR", comment: "Stage name", value: (s) => s.stage }
  ]
};

/** 1 (Émergée) to 6 (Activité créée). */
export function stageRank(stage: Stage): number {
  return STAGES.indexOf(stage) + 1;
}

export const ALERTS_TABLE: TableDef<Alert> = {
  name: "alerts",
  comment: "Funding-rule breaches on kept rows: one row per dossier, rule and section (rule codes in the README)",
  columns: [
    { name: "dossier_id", kind: "VARCHAR", comment: "N° dossier", value: (a) => a.dossier_id },
    { name: "rule", kind: "VARCHAR", repeats: true, comment: "Stable rule code", value: (a) => a.rule },
    { name: "section", kind: "VARCHAR", repeats: true, comment: "Section concerned, when the rule is per section", value: (a) => a.section },
    { name: "amount", kind: "DOUBLE", comment: "Amount found (€)", value: (a) => a.amount },
    { name: "limit_amount", kind: "DOUBLE", comment: "Limit it exceeds (€)", value: (a) => a.limit },
    { name: "message", kind: "VARCHAR", comment: "What a director reads", value: (a) => a.message }
  ]
};
