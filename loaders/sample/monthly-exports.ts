import { dayOf, isoDate, type Day } from "./calendar.js";
import { type Cents, euros, floorTo } from "./money.js";
import type { Block, Dossier, Idea, MarkerRow, Payment } from "./records.js";
import { INSPIR_SCHEMES } from "./schemes.js";

/** The days of the committed sample's three monthly exports: the last is the current one. */
export const MONTHLY_EXPORT_DAYS: readonly Day[] = [dayOf(2019, 10, 31), dayOf(2019, 11, 30), dayOf(2019, 12, 31)];

/** `2019-11-30`: the sub-folder of an export. */
export const exportFolderName = (day: Day): string => isoDate(day);

/** What happens between the monthly exports besides the new deposits, votes and payments their dates give (each when a block has a row for it). */
export interface MonthlyMoves {
  /** Refused at the December commission: pending in the earlier exports. */
  refused?: Dossier;
  /** A payment typed ten times too big in the November export (more paid than voted), corrected in December. */
  mistyped?: Payment;
  /** A dossier whose deposit date is typed as 31 November in the November export (rejected), corrected in December. */
  misdated?: Dossier;
}

const REFUSED_ON = dayOf(2019, 12, 12);

const [OCTOBER, NOVEMBER, DECEMBER] = MONTHLY_EXPORT_DAYS as [Day, Day, Day];

const inspir = (d: Dossier): boolean => INSPIR_SCHEMES.includes(d.scheme);

/**
 * Plants the moves between the monthly exports in a block before its identifiers are assigned: a refund and a
 * payment over the vote (an alert) in December, and the dossiers and payment of MonthlyMoves, each picked
 * deterministically among clean rows.
 */
export function plantMonthlyMoves(block: Block): MonthlyMoves {
  const clean = (d: Dossier) => d.anomaly === undefined && d.duplicateOf === undefined && d.overrides === undefined;
  const payments = (d: Dossier) => block.payments.filter((x) => x.dossier === d);
  const cleanPayment = (x: Payment) => x.anomaly === undefined && x.duplicateOf === undefined && !x.negative;
  const refused = lastOf(block.dossiers.filter((d) => clean(d) && d.status === "Refusé" && d.deposit <= OCTOBER));
  // A refund of part of an earlier payment of a voted INS'pir dossier, in December.
  const refunded = lastOf(
    block.payments.filter(
      (x) => cleanPayment(x) && x.type !== "Reversement" && x.day < dayOf(2019, 9, 1) && typeof x.dossier !== "string" && clean(x.dossier) && inspir(x.dossier) && (x.dossier.status === "Voté" || x.dossier.status === "Soldé") && payments(x.dossier).every(cleanPayment)
    )
  );
  if (refunded) block.payments.push({ dossier: refunded.dossier, mandat: "", day: dayOf(2019, 12, 16), amount: Math.max(floorTo(refunded.amount / 4, 10_000), 10_000) as Cents, section: refunded.section, type: "Reversement" });
  // A December payment that takes a voted dossier 500 € over its vote: the alert that appears in the last export.
  const overpaid = lastOf(
    block.dossiers.filter((d) => clean(d) && inspir(d) && d !== refunded?.dossier && d.status === "Voté" && d.votedFonct > 0 && d.vote !== null && d.vote <= OCTOBER && payments(d).every(cleanPayment))
  );
  if (overpaid) {
    const paid = payments(overpaid).filter((x) => x.section === "Fonctionnement").reduce((sum, x) => sum + (x.type === "Reversement" ? -x.amount : x.amount), 0);
    block.payments.push({
      dossier: overpaid,
      mandat: "",
      day: dayOf(2019, 12, 18),
      amount: (overpaid.votedFonct - paid + euros(500)) as Cents,
      section: "Fonctionnement",
      type: "Solde"
    });
    overpaid.anomaly = { kind: "alert", code: "overpaid", describe: () => `${overpaid.id}: its Solde paid in December exceeds the vote in fonctionnement by 500 € (the alert that appears between the November and December exports)` };
  }
  const mistyped = lastOf(
    block.payments.filter(
      (x) => x !== refunded && cleanPayment(x) && x.type !== "Reversement" && x.day < OCTOBER && typeof x.dossier !== "string" && x.dossier !== refunded?.dossier && x.dossier !== overpaid && clean(x.dossier) && inspir(x.dossier) && x.dossier.status !== "Refusé" && payments(x.dossier).every(cleanPayment)
    )
  );
  const misdated = lastOf(block.dossiers.filter((d) => clean(d) && d !== refused && d.deposit > OCTOBER && d.deposit <= NOVEMBER && payments(d).length === 0 && !block.ideas.some((i) => i.event === d || i.experiment === d)));
  return { refused, mistyped, misdated };
}

/** The last candidate in generation order, which is deterministic. */
const lastOf = <T>(items: T[]): T | undefined => items.at(-1);

/**
 * The block as the export of `cutoff` held it: rows dated after it are not there yet, votes after it are pending,
 * dossiers paid in full after it are still `Voté`, and the moves of `moves` apply. Records are copied, never changed.
 */
export function blockAsOf(block: Block, cutoff: Day, moves: MonthlyMoves): Block {
  if (cutoff >= DECEMBER) return block;
  const dossiers = new Map<Dossier, Dossier>();
  for (const d of block.dossiers) {
    if (d.deposit > cutoff) continue;
    dossiers.set(d, dossierAsOf(d, cutoff, block, moves));
  }
  const paymentsKept: Payment[] = [];
  const payments = new Map<Payment, Payment>();
  for (const x of block.payments) {
    if (x.day > cutoff) continue;
    const dossier = typeof x.dossier === "string" ? x.dossier : dossiers.get(x.dossier);
    if (dossier === undefined) continue;
    const copy: Payment = { ...x, dossier, amount: x === moves.mistyped && cutoff === NOVEMBER ? x.amount * 10 : x.amount };
    if (x.duplicateOf) copy.duplicateOf = payments.get(x.duplicateOf);
    payments.set(x, copy);
    paymentsKept.push(copy);
  }
  const ideas: Idea[] = [];
  for (const i of block.ideas) {
    const event = dossiers.get(i.event);
    if (event === undefined || (i.updated !== null && i.updated > cutoff)) continue;
    ideas.push({ ...i, event, experiment: i.experiment === null ? null : (dossiers.get(i.experiment) ?? null) });
  }
  const markers: MarkerRow[] = [];
  for (const m of block.markers) {
    const dossier = dossiers.get(m.dossier);
    if (dossier !== undefined && m.committee <= cutoff) markers.push({ ...m, dossier });
  }
  return { dossiers: [...dossiers.values()], payments: paymentsKept, ideas, markers };
}

function dossierAsOf(d: Dossier, cutoff: Day, block: Block, moves: MonthlyMoves): Dossier {
  const copy: Dossier = { ...d };
  if (d.duplicateOf) copy.duplicateOf = d.duplicateOf;
  if (d === moves.misdated && cutoff === NOVEMBER) copy.overrides = { "Date de dépôt": "31/11/2019" };
  if (d === moves.refused && cutoff < REFUSED_ON) copy.status = "En instruction";
  if (d.vote !== null && d.vote > cutoff) {
    copy.status = "En instruction";
    copy.vote = null;
    copy.labellisation = null;
    copy.votedFonct = 0;
    copy.votedInvest = 0;
  } else if (d.status === "Soldé" && block.payments.some((x) => x.dossier === d && x.type === "Solde" && x.day > cutoff)) {
    copy.status = "Voté";
  }
  return copy;
}
