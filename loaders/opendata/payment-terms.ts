import type { PaymentType, Statut } from "../schemas/vocabulary.js";
import type { ConditionsVersement } from "./scdl-subventions-schema.js";

/**
 * How long after its vote a grant that is still being paid is expected to be paid, in years: a cautious bound (in the
 * sample exports the last payment comes at most 17 months after the vote).
 */
export const EXPECTED_PAYMENT_YEARS = 2;

/** What the SCDL export says of a grant's payments. */
export interface PaymentTerms {
  conditionsVersement: ConditionsVersement;
  /** `YYYY-MM-DD` (one payment) or `YYYY-MM-DD/YYYY-MM-DD` (a period). */
  datesPeriodeVersement: string;
}

/** A payment of the grant, as the `paiements` export gives it. */
export interface GrantPayment {
  datePaiement: string;
  type: PaymentType;
}

/** The day `years` years after `day` (`YYYY-MM-DD`); 29 February falls back to the 28th in a common year. */
export function addYears(day: string, years: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${String(y + years).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
}

/**
 * `conditionsVersement` and `datesPeriodeVersement` of a voted grant, from its payments (a `Reversement` is a refund
 * to the Région, not a payment, and is left out; payments of both sections on the same day are one payment):
 * - closed grant (`Soldé`, `Caduc`) with payments: one day → `unique` on that day; several → `échelonné` from the
 *   first to the last;
 * - grant still open (`Voté`): a single `Solde` → `unique` on its day; otherwise more is to come → `échelonné` from
 *   the first payment to the expected end (vote + 2 years, or the last payment if later);
 * - no payment yet (or a lapsed grant never paid): the programmes' usual scheme, an advance then the balance →
 *   `échelonné` over the expected period, from the vote to the expected end.
 */
export function paymentTerms(statut: Statut, dateVote: string, payments: readonly GrantPayment[]): PaymentTerms {
  const paid = payments.filter((p) => p.type !== "Reversement");
  const days = [...new Set(paid.map((p) => p.datePaiement))].sort();
  const expectedEnd = addYears(dateVote, EXPECTED_PAYMENT_YEARS);
  const first = days[0];
  const last = days.at(-1);
  if (first === undefined || last === undefined) return { conditionsVersement: "échelonné", datesPeriodeVersement: `${dateVote}/${expectedEnd}` };
  if (statut === "Soldé" || statut === "Caduc") {
    return days.length === 1 ? { conditionsVersement: "unique", datesPeriodeVersement: first } : { conditionsVersement: "échelonné", datesPeriodeVersement: `${first}/${last}` };
  }
  if (days.length === 1 && paid.every((p) => p.type === "Solde")) return { conditionsVersement: "unique", datesPeriodeVersement: first };
  return { conditionsVersement: "échelonné", datesPeriodeVersement: `${first}/${last > expectedEnd ? last : expectedEnd}` };
}
