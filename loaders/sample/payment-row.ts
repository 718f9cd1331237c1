import { CP1252_SEPARATORS, randomAmount, randomDate } from "./french-format.js";
import type { Rng } from "./prng.js";
import type { Payment } from "./records.js";

/** The header of `paiements.csv`, in its own order and casing. */
export const PAYMENT_HEADERS = ["N° mandat", "N° Dossier", "Type", "Section", "Date de paiement", "Montant"] as const;

/** The text fields of one `paiements.csv` row; a deliberate duplicate repeats its original's cells exactly. */
export function renderPayment(rng: Rng, x: Payment): string[] {
  const dossier = typeof x.dossier === "string" ? x.dossier : x.dossier.id;
  const amount = randomAmount(rng, x.negative ? -x.amount : x.amount, CP1252_SEPARATORS);
  return [x.mandat, dossier, x.type, x.section, randomDate(rng, x.day), amount];
}
