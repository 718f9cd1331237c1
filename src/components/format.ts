// French formats for the UI. Intl separates groups with U+202F and puts U+00A0 before "€" and "%".

const LOCALE = "fr-FR";

// signDisplay "negative" avoids "-0 €" when a small negative amount rounds to zero.
const eurosFormat = new Intl.NumberFormat(LOCALE, { style: "currency", currency: "EUR", maximumFractionDigits: 0, signDisplay: "negative" });
const eurosCentsFormat = new Intl.NumberFormat(LOCALE, { style: "currency", currency: "EUR", minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: "negative" });
const integerFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0, signDisplay: "negative" });
const percentFormats = new Map<number, Intl.NumberFormat>();

/** Placeholder shown for a missing or non-finite number. */
export const MISSING = "–";

/** An amount in euros, rounded to the euro (`12 500 €`), or to the cent with `{cents: true}` (`12 500,50 €`). */
export function formatEuros(amount: number, { cents = false }: { cents?: boolean } = {}): string {
  if (!Number.isFinite(amount)) return MISSING;
  return (cents ? eurosCentsFormat : eurosFormat).format(amount);
}

/** A fraction between 0 and 1 as a percentage with `digits` decimals (default 1): 0.453 → `45,3 %`. */
export function formatPercent(fraction: number, digits = 1): string {
  if (!Number.isFinite(fraction)) return MISSING;
  let format = percentFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: "negative" });
    percentFormats.set(digits, format);
  }
  return format.format(fraction);
}

/** A count, rounded to the unit, with grouped thousands: 1234 → `1 234`. */
export function formatInteger(count: number): string {
  if (!Number.isFinite(count)) return MISSING;
  return integerFormat.format(count);
}

/** The noun that agrees with `count`, singular for 0 and 1 as French does: `événement`, `événements`. */
export function nounFor(count: number, singular: string, plural: string): string {
  return Math.abs(count) < 2 ? singular : plural;
}

/** A count followed by its noun: `1 événement`, `65 événements` (joined by a no-break space). */
export function formatCount(count: number, singular: string, plural: string): string {
  return `${formatInteger(count)}\u00a0${nounFor(count, singular, plural)}`;
}

const dateFormats = {
  utc: new Intl.DateTimeFormat(LOCALE, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  paris: new Intl.DateTimeFormat(LOCALE, { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Paris" }),
};

/**
 * A date in words: `23 septembre 2016`, `1er janvier 2017`. A `YYYY-MM-DD` string is a calendar day and is
 * shown as is; a `Date` or a timestamp string is shown as the day it is in Paris.
 */
export function formatDate(value: Date | string): string {
  const day = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  const date = day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))) : new Date(value);
  if (Number.isNaN(date.getTime())) return MISSING;
  // Date.UTC rolls "2016-13-45" over to a real day: such a string is not a date.
  if (day && date.toISOString().slice(0, 10) !== value) return MISSING;
  const text = (day ? dateFormats.utc : dateFormats.paris).format(date);
  // French writes the first day of a month as an ordinal.
  return text.replace(/^1 /, "1er ");
}

const signedEurosFormat = new Intl.NumberFormat(LOCALE, { style: "currency", currency: "EUR", maximumFractionDigits: 0, signDisplay: "exceptZero" });

/** A change in euros with its sign: `+12 500 €`, `-3 950 €`, `0 €`. */
export function formatSignedEuros(amount: number): string {
  if (!Number.isFinite(amount)) return MISSING;
  return signedEurosFormat.format(amount);
}

const monthFormat = new Intl.DateTimeFormat(LOCALE, { month: "long", year: "numeric", timeZone: "UTC" });

/** A month `YYYY-MM` in words: `novembre 2021`. */
export function formatMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return MISSING;
  return monthFormat.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)));
}
