// Canonical values of the enumerated columns, spelled as in docs/exports.md.

export const DISPOSITIFS = [
  "INS'pir - Événement créatif",
  "INS'pir - Expérimentation",
  "INS'pir - Structure d'accompagnement",
  "Tiers-lieux du numérique",
  "AMI Innovation sociale"
] as const;
export type Dispositif = (typeof DISPOSITIFS)[number];
export const EVENT: Dispositif = "INS'pir - Événement créatif";
export const EXPERIMENT: Dispositif = "INS'pir - Expérimentation";
export const SUPPORT_STRUCTURE: Dispositif = "INS'pir - Structure d'accompagnement";
export const TIERS_LIEU: Dispositif = "Tiers-lieux du numérique";
export const AMI: Dispositif = "AMI Innovation sociale";
/** The three schemes the 600 000 € INS'pir envelope pays for. */
export const INSPIR_DISPOSITIFS: readonly Dispositif[] = [EVENT, EXPERIMENT, SUPPORT_STRUCTURE];

export const STATUTS = ["Déposé", "En instruction", "Labellisé", "Voté", "Soldé", "Refusé", "Abandonné", "Caduc"] as const;
export type Statut = (typeof STATUTS)[number];
/** Statuses that require a vote (or label) date. */
export const DATED_STATUTS: readonly Statut[] = ["Labellisé", "Voté", "Soldé", "Caduc"];
/** Statuses under which a dossier counts as voted, for payments. */
export const VOTED_STATUTS: readonly Statut[] = ["Voté", "Soldé", "Caduc"];
/** Statuses under which a creative event is counted. */
export const COUNTED_EVENT_STATUTS: readonly Statut[] = ["Labellisé", "Voté", "Soldé"];

export const NATURES_JURIDIQUES = ["Association", "Collectivité", "EPCI", "Entreprise", "Établissement public", "Autre"] as const;
export type NatureJuridique = (typeof NATURES_JURIDIQUES)[number];

export const LABELLISATIONS = ["Avec financement", "Sans financement"] as const;
export type Labellisation = (typeof LABELLISATIONS)[number];

export const ACCOMPAGNATEURS = ["Organisateur", "Structure tierce", "HDFID"] as const;
export type Accompagnateur = (typeof ACCOMPAGNATEURS)[number];

export const FONCTIONS = ["médiation", "animation territoriale", "aide aux porteurs de projets", "coworking", "fablab", "télétravail"] as const;
export type Fonction = (typeof FONCTIONS)[number];

export const SECTIONS = ["Fonctionnement", "Investissement"] as const;
export type Section = (typeof SECTIONS)[number];

export const PAYMENT_TYPES = ["Avance", "Acompte", "Solde", "Reversement"] as const;
export type PaymentType = (typeof PAYMENT_TYPES)[number];

/** Idea stages, in the order an idea goes through them. */
export const STAGES = ["Émergée", "Publiée", "Accompagnée", "Mûrie", "Expérimentée", "Activité créée"] as const;
export type Stage = (typeof STAGES)[number];
/** The first stage at which an idea counts as matured. */
export const MATURED_STAGE: Stage = "Mûrie";

/** The twelve social-innovation markers of the Institut Godin, scored 0–3. */
export const GODIN_MARKERS = [
  "Contextualisation du besoin",
  "Place des bénéficiaires",
  "Nature du collectif",
  "Intervention du collectif",
  "Place de la recherche",
  "Ancrage territorial",
  "Gouvernance",
  "Ressources",
  "Logique d'accessibilité",
  "Logique de service",
  "Rupture avec l'existant",
  "Capacité de changement social"
] as const;
export type GodinMarker = (typeof GODIN_MARKERS)[number];

/** The programme whose envelope the budget indicators follow. */
export const INSPIR_PROGRAMME = "INS'pir";
