import { z } from "zod";
import { cellText } from "../parse/cell.js";
import { enumMatcher } from "../parse/enum-matcher.js";
import { normalizeKey } from "../parse/normalize-key.js";
import type { ColumnSpec } from "./columns.js";
import * as f from "./fields.js";
import {
  ACCOMPAGNATEURS,
  type Accompagnateur,
  DATED_STATUTS,
  DISPOSITIFS,
  EVENT,
  FONCTIONS,
  type Fonction,
  LABELLISATIONS,
  type Labellisation,
  NATURES_JURIDIQUES,
  STATUTS,
  TIERS_LIEU
} from "./vocabulary.js";

/** The columns of `dossiers`; the required ones fail the load when absent. */
export const DOSSIER_COLUMNS = [
  { field: "id", header: "N° dossier", required: true },
  { field: "dispositif", header: "Dispositif", required: true },
  { field: "intitule", header: "Intitulé", required: false },
  { field: "beneficiaire", header: "Bénéficiaire", required: false },
  { field: "siret", header: "SIRET", required: false },
  { field: "natureJuridique", header: "Nature juridique", required: false },
  { field: "commune", header: "Code commune", required: true },
  { field: "statut", header: "Statut", required: true },
  { field: "dateDepot", header: "Date de dépôt", required: true },
  { field: "dateVote", header: "Date de vote", required: false },
  { field: "dateAction", header: "Date de l'action", required: false },
  { field: "labellisation", header: "Labellisation", required: false },
  { field: "coutTotal", header: "Coût total", required: false },
  { field: "montantDemande", header: "Montant demandé", required: false },
  { field: "voteFonctionnement", header: "Montant voté fonctionnement", required: false },
  { field: "voteInvestissement", header: "Montant voté investissement", required: false },
  { field: "qpv", header: "QPV", required: false },
  { field: "publicQpv", header: "Public QPV", required: false },
  { field: "accompagnement", header: "Accompagnement", required: false },
  { field: "participants", header: "Participants", required: false },
  { field: "annee", header: "Année", required: false },
  { field: "fonctions", header: "Fonctions", required: false },
  { field: "contact", header: "Contact", required: false }
] as const satisfies readonly ColumnSpec[];

const matchLabellisation = enumMatcher(LABELLISATIONS);
const matchAccompagnateur = enumMatcher(ACCOMPAGNATEURS);
const matchFonction = enumMatcher(FONCTIONS);
// The tiers-lieux call names "télétravail ponctuel"; accept it for "télétravail".
const FONCTION_ALIASES: Record<string, Fonction> = { "teletravail ponctuel": "télétravail", "aide aux porteurs de projet": "aide aux porteurs de projets" };

/** One row of `dossiers`, validated: cell formats first, then the rules that tie columns together. */
export const dossierSchema = z
  .object({
    id: f.requiredText,
    dispositif: f.requiredEnum(DISPOSITIFS),
    intitule: f.text,
    beneficiaire: f.text,
    siret: f.siret,
    natureJuridique: f.optionalEnum(NATURES_JURIDIQUES),
    commune: f.commune,
    statut: f.requiredEnum(STATUTS),
    dateDepot: f.requiredDate,
    dateVote: f.date,
    dateAction: f.date,
    labellisation: f.text,
    coutTotal: f.amount,
    montantDemande: f.amount,
    voteFonctionnement: f.amount,
    voteInvestissement: f.amount,
    qpv: f.yesNo,
    publicQpv: f.yesNo,
    accompagnement: f.text,
    participants: f.count,
    annee: f.text,
    fonctions: f.text,
    contact: f.text
  })
  .transform((row, ctx) => {
    if (row.voteFonctionnement + row.voteInvestissement > 0 && row.siret === null) {
      rowIssue(ctx, "siret", "SIRET obligatoire pour un dossier avec un montant voté", row.siret);
    }
    if (row.dateVote === null && DATED_STATUTS.includes(row.statut)) {
      rowIssue(ctx, "dateVote", `date de vote obligatoire pour le statut ${row.statut}`, row.dateVote);
    }
    if (row.dateVote !== null && row.dateVote < row.dateDepot) {
      rowIssue(ctx, "dateVote", `date de vote antérieure au dépôt (${row.dateDepot})`, row.dateVote);
    }
    let labellisation: Labellisation | null = null;
    let accompagnement: Accompagnateur | null = null;
    if (row.dispositif === EVENT) {
      if (row.labellisation !== null) {
        labellisation = matchLabellisation(row.labellisation) ?? null;
        if (!labellisation) rowIssue(ctx, "labellisation", `valeur inconnue (attendu : ${LABELLISATIONS.join(", ")})`, row.labellisation);
      }
      if (row.accompagnement !== null) {
        accompagnement = matchAccompagnateur(row.accompagnement) ?? null;
        if (!accompagnement) rowIssue(ctx, "accompagnement", `valeur inconnue (attendu : ${ACCOMPAGNATEURS.join(", ")})`, row.accompagnement);
      }
    }
    let annee: 1 | 2 | 3 | null = null;
    let fonctions: Fonction[] = [];
    if (row.dispositif === TIERS_LIEU) {
      if (row.annee !== null) {
        const n = /^[123]$/.test(row.annee) ? Number(row.annee) : /^[123]\.0+$/.test(row.annee) ? Number.parseInt(row.annee) : 0;
        if (n === 1 || n === 2 || n === 3) annee = n;
        else rowIssue(ctx, "annee", "année du plan attendue : 1, 2 ou 3", row.annee);
      }
      const parsed = parseFonctions(row.fonctions);
      if (parsed.unknown.length > 0) rowIssue(ctx, "fonctions", `fonction inconnue : ${parsed.unknown.join(", ")}`, row.fonctions);
      fonctions = parsed.known;
    }
    // The row is completed in place: a spread copy made every later read of its fields slower (dossiers at 1000×:
    // 7.4 s → 4.9 s to check and write).
    return Object.assign(row, { labellisation, accompagnement, annee, fonctions }) as RowRuleOutput<typeof row>;
  });

/** A row once the row rules have matched its event and tiers-lieu columns. */
type RowRuleOutput<R> = Omit<R, "labellisation" | "accompagnement" | "annee" | "fonctions"> & {
  labellisation: Labellisation | null;
  accompagnement: Accompagnateur | null;
  annee: 1 | 2 | 3 | null;
  fonctions: Fonction[];
};

/** A kept dossier. */
export type Dossier = z.output<typeof dossierSchema>;

/** Records a row rule's fault on `field` (a module-level function: a closure made per row costs time on 200 000 rows). */
function rowIssue(ctx: { issues: unknown[] }, field: string, message: string, input: unknown): void {
  ctx.issues.push({ code: "custom", path: [field], message, input });
}

/** The distinct tiers-lieu functions listed in a cell (separated by `|` or `,`), and the pieces that are none of them. */
export function parseFonctions(text: string | null): { known: Fonction[]; unknown: string[] } {
  const known = new Set<Fonction>();
  const unknown: string[] = [];
  for (const piece of (cellText(text) ?? "").split(/[|,]/)) {
    const t = piece.trim();
    if (t === "") continue;
    const f = matchFonction(t) ?? FONCTION_ALIASES[normalizeKey(t)];
    if (f) known.add(f);
    else unknown.push(t);
  }
  return { known: [...known], unknown };
}
