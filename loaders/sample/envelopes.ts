import { DELIBERATION_DAY, type Day, dayOf, frenchDate, nextCommission } from "./calendar.js";
import { type ThousandsSeparator, bareAmount, frenchAmount } from "./french-format.js";
import { type Cents, euros } from "./money.js";
import type { Section } from "./schemes.js";
import type { Versant } from "../territory/index.js";

/** One budget line of `enveloppes.csv`. */
export interface EnvelopeLine {
  programme: string;
  section: Section;
  versant: Versant;
  amount: Cents;
  reference: string;
  /** The decision that opened the credits; null: from the start of the programme. */
  date: Day | null;
}

export const ENVELOPE_HEADERS = ["Programme", "Section", "Versant", "Montant", "Référence", "Date"] as const;

/** The Commission permanente that (fictitiously) tops up a line in 2018. */
const TOP_UP_DAY = nextCommission(dayOf(2018, 7, 1)) ?? dayOf(2018, 7, 19);

/** The four lines of the 2016 framework deliberation (undated: from the start) plus a top-up of 100 000 € on Fonctionnement Nord-Pas-de-Calais dated July 2018; amounts × `scale` (€). */
export function envelopeLines(scale: number): EnvelopeLine[] {
  const framework = `Délibération cadre INS'pir, Commission permanente du ${frenchDate(DELIBERATION_DAY)}`;
  const line = (section: Section, versant: Versant, amount: number, reference = framework, programme = "INS'pir", date: Day | null = null): EnvelopeLine => ({
    programme,
    section,
    versant,
    amount: euros(amount) * scale,
    reference,
    date
  });
  return [
    line("Investissement", "Nord-Pas-de-Calais", 150_000),
    line("Fonctionnement", "Nord-Pas-de-Calais", 150_000),
    line("Investissement", "Picardie", 100_000),
    line("Fonctionnement", "Picardie", 200_000),
    line("Fonctionnement", "Nord-Pas-de-Calais", 100_000, `Abondement (fictif), Commission permanente du ${frenchDate(TOP_UP_DAY)}`, "INS’pir", TOP_UP_DAY)
  ];
}

/** Amount renderings of the five lines: this hand-made UTF-8 file is where U+202F (narrow no-break space) shows up. */
const STYLES: readonly ((c: Cents) => string)[] = [
  (c) => frenchAmount(c, { separator: "\u202f" as ThousandsSeparator, currency: true, cents: false }),
  (c) => bareAmount(c, ","),
  (c) => frenchAmount(c, { separator: "\u00a0", currency: true, cents: true }),
  (c) => frenchAmount(c, { separator: " ", currency: false, cents: false }),
  (c) => frenchAmount(c, { separator: "\u202f", currency: true, cents: true })
];

/** The text fields of each envelope line. */
export function renderEnvelopes(lines: readonly EnvelopeLine[]): string[][] {
  return lines.map((l, i) => [l.programme, l.section, l.versant, (STYLES[i % STYLES.length] ?? String)(l.amount), l.reference, l.date === null ? "" : frenchDate(l.date)]);
}
