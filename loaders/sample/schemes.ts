import { euros } from "./money.js";

/** The five schemes, keyed by a short English name. */
export type Scheme = "event" | "experiment" | "structure" | "tiersLieu" | "ami";

/** The canonical `Dispositif` value of each scheme (exports.md). */
export const DISPOSITIF: Record<Scheme, string> = {
  event: "INS'pir - Événement créatif",
  experiment: "INS'pir - Expérimentation",
  structure: "INS'pir - Structure d'accompagnement",
  tiersLieu: "Tiers-lieux du numérique",
  ami: "AMI Innovation sociale"
};

/** Typographic spellings the platform also produces for the same schemes (’ and – instead of ' and -). */
export const DISPOSITIF_TYPOGRAPHIC: Record<Scheme, string> = {
  event: "INS’pir – Événement créatif",
  experiment: "INS’pir – Expérimentation",
  structure: "INS’pir – Structure d’accompagnement",
  tiersLieu: "Tiers-Lieux du numérique",
  ami: "AMI Innovation Sociale"
};

/** The schemes the 600 000 € INS'pir envelope pays for. */
export const INSPIR_SCHEMES: readonly Scheme[] = ["event", "experiment", "structure"];

export const STATUSES = ["Déposé", "En instruction", "Labellisé", "Voté", "Soldé", "Refusé", "Abandonné", "Caduc"] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses whose voted amounts are commitments (exports.md: "voted"). */
export function isVoted(status: Status): boolean {
  return status === "Voté" || status === "Soldé" || status === "Caduc";
}

export type Nature = "Association" | "Collectivité" | "EPCI" | "Entreprise" | "Établissement public" | "Autre";
export type Accompaniment = "Organisateur" | "Structure tierce" | "HDFID";
export type Labellisation = "Avec financement" | "Sans financement";
export type Section = "Fonctionnement" | "Investissement";

/** The six tiers-lieu functions of the call (004). */
export const TIERS_LIEU_FUNCTIONS = [
  "médiation",
  "animation territoriale",
  "aide aux porteurs de projets",
  "coworking",
  "fablab",
  "télétravail"
] as const;

/** Funding caps from the programme texts, in cents. */
export const CAPS = {
  /** Creative event: ≤ 12 500 € and ≤ 50 % of the total cost. */
  eventMax: euros(12_500),
  eventRate: 0.5,
  /** Experiment: ≤ 5 000 € per section. */
  experimentSection: euros(5_000),
  /** Support structure: ≤ 5 000 € per project. */
  structureMax: euros(5_000),
  /** Tiers-lieu animation: 75/50/25 % of at most 60 000 €/year, i.e. ≤ 45 000, 30 000, 15 000 € fonctionnement. */
  tiersLieuBase: euros(60_000),
  tiersLieuRates: { 1: 0.75, 2: 0.5, 3: 0.25 } as Readonly<Record<1 | 2 | 3, number>>,
  /** Tiers-lieu equipment: ≤ 50 % of its cost and ≤ 30 000 €. */
  equipmentRate: 0.5,
  equipmentMax: euros(30_000)
} as const;

/** The fonctionnement cap of a tiers-lieu in year 1, 2 or 3 (cents). */
export function tiersLieuCap(year: 1 | 2 | 3): number {
  return Math.round(CAPS.tiersLieuBase * CAPS.tiersLieuRates[year]);
}
