// Funding caps, as the programme texts set them, cited in docs/exports.md (amounts in €, rates as shares 0–1).

/** Creative events: at most 50 % of the cost and 12 500 € (2016 deliberation; INS'pir call "Maximum 50% - 12 500€"). */
export const EVENT_MAX_RATE = 0.5;
export const EVENT_CAP = 12_500;

/** Experiments: at most 5 000 € fonctionnement and 5 000 € investissement per project (2016 deliberation). */
export const EXPERIMENT_CAP_PER_SECTION = 5_000;

/** Support structures: at most 5 000 € per project (2016 deliberation). */
export const SUPPORT_STRUCTURE_CAP = 5_000;

/** Tiers-lieux: 60 k€/year animation base at 75 %, 50 %, 25 % over years 1–3, so 45 000, 30 000, 15 000 € fonctionnement (tiers-lieux call). */
export const TIERS_LIEU_YEAR_CAPS: Readonly<Record<1 | 2 | 3, number>> = { 1: 45_000, 2: 30_000, 3: 15_000 };

/** Tiers-lieux equipment: at most 50 % of the cost and 30 000 € (tiers-lieux call). */
export const EQUIPMENT_MAX_RATE = 0.5;
export const EQUIPMENT_CAP = 30_000;

/** Tiers-lieux must offer at least two of the six functions (tiers-lieux call). */
export const TIERS_LIEU_MIN_FUNCTIONS = 2;
