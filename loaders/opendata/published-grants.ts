import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../db/with-connection.js";
import { sqlList } from "../schemas/export-spec.js";
import { type Dispositif, type PaymentType, type Statut, VOTED_STATUTS } from "../schemas/vocabulary.js";
import type { AttribuantConfig } from "./attribuant-config.js";
import { decisionReference } from "./decision-reference.js";
import { grantObject } from "./grant-object.js";
import { paymentTerms } from "./payment-terms.js";
import type { ScdlSubventionRow } from "./scdl-subventions-schema.js";

/** A kept dossier as the SCDL export reads it (amounts in €, dates `YYYY-MM-DD`). */
export interface GrantDossier {
  id: string;
  dispositif: Dispositif;
  statut: Statut;
  intitule: string | null;
  beneficiaire: string | null;
  siret: string | null;
  dateVote: string | null;
  voteFonctionnement: number;
  voteInvestissement: number;
}

/** A payment of a grant, as the SCDL export reads it. */
export interface GrantPaymentRow {
  datePaiement: string;
  type: PaymentType;
}

/** A grant of the export: its row, and what the summary counts it by. */
export interface PublishedGrant {
  dossier: string;
  dispositif: Dispositif;
  statut: Statut;
  /** Voted amount, both sections, in cents. */
  cents: number;
  row: ScdlSubventionRow;
}

/** A voted grant that cannot be written as a valid row, and why. */
export interface UnpublishedGrant {
  dossier: string;
  reason: string;
}

/** The voted amount of a dossier, both sections, in whole cents. */
export function votedCents(dossier: Pick<GrantDossier, "voteFonctionnement" | "voteInvestissement">): number {
  return Math.round(dossier.voteFonctionnement * 100) + Math.round(dossier.voteInvestissement * 100);
}

/**
 * Whether a dossier is a grant the Région awarded: status `Voté`, `Soldé` or `Caduc` (a lapsed grant was still
 * awarded by a decision, and stays published) with a voted amount > 0 € (this leaves out the AMI, which carries no money).
 */
export function isAwardedGrant(dossier: Pick<GrantDossier, "statut" | "voteFonctionnement" | "voteInvestissement">): boolean {
  return VOTED_STATUTS.includes(dossier.statut) && votedCents(dossier) > 0;
}

/** Cents as the schema's `number`: a point and two decimals (`12500.00`). */
export function formatMontant(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/**
 * The SCDL row of an awarded grant, or the reason it cannot be written. `montant` is the voted amount (both sections)
 * whatever the status: the schema's "montant total de la subvention attribuée" is the decision's amount, which a
 * refund or a lapse does not change (the payments are what `conditionsVersement` and `datesPeriodeVersement` describe).
 */
export function subventionRow(dossier: GrantDossier, payments: readonly GrantPaymentRow[], config: AttribuantConfig): ScdlSubventionRow | { reason: string } {
  if (dossier.dateVote === null) return { reason: "date de vote absente" };
  if (dossier.beneficiaire === null) return { reason: "nom du bénéficiaire absent" };
  if (dossier.siret === null) return { reason: "SIRET du bénéficiaire absent" };
  const terms = paymentTerms(dossier.statut, dossier.dateVote, payments);
  return {
    nomAttribuant: config.nomAttribuant,
    idAttribuant: config.idAttribuant,
    dateConvention: dossier.dateVote,
    referenceDecision: decisionReference(dossier.dateVote),
    nomBeneficiaire: dossier.beneficiaire.replace(/\s+/g, " "),
    idBeneficiaire: dossier.siret,
    // The exports carry no RNA number; the SIRET identifies every beneficiary.
    rnaBeneficiaire: "",
    objet: grantObject(dossier.intitule, dossier.dispositif),
    montant: formatMontant(votedCents(dossier)),
    nature: "aide en numéraire",
    conditionsVersement: terms.conditionsVersement,
    datesPeriodeVersement: terms.datesPeriodeVersement,
    // None of the five dispositifs is an aid to businesses listed in the Répertoire des aides aux entreprises.
    idRAE: "",
    // Not aids under the de minimis regulation notified to the European Commission.
    notificationUE: "non",
    // One beneficiary per dossier: it receives the whole grant.
    pourcentageSubvention: "1.00",
    dispositifAide: config.dispositifAide?.[dossier.dispositif] ?? dossier.dispositif
  };
}

/** An awarded grant (see isAwardedGrant) of a loaded database, with its payments in file order. */
export interface GrantCandidate {
  dossier: GrantDossier;
  payments: GrantPaymentRow[];
}

/** The awarded grants of a loaded database, sorted by date of vote then dossier (the SCDL file's order). */
export async function grantCandidates(connection: DuckDBConnection): Promise<GrantCandidate[]> {
  const rows = await queryRows<GrantDossier & { payments: GrantPaymentRow[] }>(
    connection,
    `SELECT d.id, d.dispositif, d.statut, d.intitule, d.beneficiaire, d.siret, strftime(d.date_vote, '%Y-%m-%d') AS "dateVote",
            d.vote_fonctionnement AS "voteFonctionnement", d.vote_investissement AS "voteInvestissement",
            coalesce((SELECT list({'datePaiement': strftime(p.date_paiement, '%Y-%m-%d'), 'type': p.type} ORDER BY p.line) FROM paiements p WHERE p.dossier_id = d.id), []) AS payments
     FROM dossiers d
     WHERE d.statut IN (${sqlList(VOTED_STATUTS)}) AND round(d.vote_fonctionnement * 100) + round(d.vote_investissement * 100) > 0
     ORDER BY d.date_vote NULLS FIRST, d.id`
  );
  return rows.map(({ payments, ...dossier }) => ({ dossier, payments }));
}

/** Every awarded grant as an SCDL row, in the candidates' order, and the ones that could not be written, by dossier. */
export function publishedGrants(candidates: readonly GrantCandidate[], config: AttribuantConfig): { grants: PublishedGrant[]; unpublished: UnpublishedGrant[] } {
  const grants: PublishedGrant[] = [];
  const unpublished: UnpublishedGrant[] = [];
  for (const { dossier, payments } of candidates) {
    if (!isAwardedGrant(dossier)) continue;
    const row = subventionRow(dossier, payments, config);
    if ("reason" in row) unpublished.push({ dossier: dossier.id, reason: row.reason });
    else grants.push({ dossier: dossier.id, dispositif: dossier.dispositif, statut: dossier.statut, cents: votedCents(dossier), row });
  }
  unpublished.sort((a, b) => (a.dossier < b.dossier ? -1 : a.dossier > b.dossier ? 1 : 0));
  return { grants, unpublished };
}
