import { compareText } from "../load/load-exports.js";
import type { Dossier } from "../schemas/dossier.js";
import type { Paiement } from "../schemas/paiement.js";
import { type Dispositif, type Statut, VOTED_STATUTS } from "../schemas/vocabulary.js";
import type { AttribuantConfig } from "./attribuant-config.js";
import { decisionReference } from "./decision-reference.js";
import { grantObject } from "./grant-object.js";
import { paymentTerms } from "./payment-terms.js";
import type { ScdlSubventionRow } from "./scdl-subventions-schema.js";

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
export function votedCents(dossier: Pick<Dossier, "voteFonctionnement" | "voteInvestissement">): number {
  return Math.round(dossier.voteFonctionnement * 100) + Math.round(dossier.voteInvestissement * 100);
}

/**
 * Whether a dossier is a grant the Région awarded: status `Voté`, `Soldé` or `Caduc` (a lapsed grant was still
 * awarded by a decision, and stays published) with a voted amount > 0 € (this leaves out the AMI, which carries no money).
 */
export function isAwardedGrant(dossier: Pick<Dossier, "statut" | "voteFonctionnement" | "voteInvestissement">): boolean {
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
export function subventionRow(dossier: Dossier, payments: readonly Paiement[], config: AttribuantConfig): ScdlSubventionRow | { reason: string } {
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

/** Every awarded grant of a load as an SCDL row, sorted by date of vote then dossier, and the ones that could not be written. */
export function publishedGrants(
  load: { dossiers: readonly Dossier[]; paiements: readonly Paiement[] },
  config: AttribuantConfig
): { grants: PublishedGrant[]; unpublished: UnpublishedGrant[] } {
  const paymentsOf = new Map<string, Paiement[]>();
  for (const p of load.paiements) {
    const list = paymentsOf.get(p.dossier);
    if (list) list.push(p);
    else paymentsOf.set(p.dossier, [p]);
  }
  const grants: PublishedGrant[] = [];
  const unpublished: UnpublishedGrant[] = [];
  for (const dossier of load.dossiers) {
    if (!isAwardedGrant(dossier)) continue;
    const row = subventionRow(dossier, paymentsOf.get(dossier.id) ?? [], config);
    if ("reason" in row) unpublished.push({ dossier: dossier.id, reason: row.reason });
    else grants.push({ dossier: dossier.id, dispositif: dossier.dispositif, statut: dossier.statut, cents: votedCents(dossier), row });
  }
  grants.sort((a, b) => compareText(a.row.dateConvention, b.row.dateConvention) || compareText(a.dossier, b.dossier));
  unpublished.sort((a, b) => compareText(a.dossier, b.dossier));
  return { grants, unpublished };
}
