/** A column of the SCDL « subventions » file and what the Région writes in it (French, for the open-data page). */
export interface OpenDataField {
  field: string;
  content: string;
}

/** The sixteen columns of the file, in the order of the data model (SCDL subventions 2.1.1), with the rule each follows. */
export const OPEN_DATA_FIELDS: readonly OpenDataField[] = [
  { field: "nomAttribuant", content: "Nom de la Région, lu dans le fichier de configuration config/attribuant.json" },
  { field: "idAttribuant", content: "SIRET de la Région, lu dans le même fichier (14 chiffres, clé de contrôle vérifiée)" },
  { field: "dateConvention", content: "Date de vote de la subvention (AAAA-MM-JJ)" },
  { field: "referenceDecision", content: "« Commission permanente du JJ/MM/AAAA », d’après la date de vote" },
  { field: "nomBeneficiaire", content: "Organisation bénéficiaire du dossier" },
  { field: "idBeneficiaire", content: "SIRET du bénéficiaire" },
  { field: "rnaBeneficiaire", content: "Vide : les exports ne portent pas le numéro RNA (le SIRET suffit)" },
  { field: "objet", content: "Intitulé du dossier, sur une ligne, coupé à 255 caractères" },
  { field: "montant", content: "Montant voté, fonctionnement et investissement additionnés, avec un point décimal" },
  { field: "nature", content: "« aide en numéraire »" },
  { field: "conditionsVersement", content: "« unique » pour un seul jour de paiement, « échelonné » sinon (voir les choix ci-dessous)" },
  { field: "datesPeriodeVersement", content: "Date du paiement, ou période du premier au dernier paiement, ou période prévue (voir ci-dessous)" },
  { field: "idRAE", content: "Vide : aucun des dispositifs n’est une aide aux entreprises du Répertoire des aides aux entreprises" },
  { field: "notificationUE", content: "« non » : pas d’aide de minimis notifiée à la Commission européenne" },
  { field: "pourcentageSubvention", content: "« 1.00 » : un seul bénéficiaire par dossier, qui reçoit toute la subvention" },
  { field: "dispositifAide", content: "Identifiant du dispositif au catalogue national s’il est configuré, sinon son nom (ex. « Tiers-lieux du numérique »)" }
];
