import type { Day } from "./calendar.js";
import { frenchDate, isoDate } from "./calendar.js";
import type { Cents } from "./money.js";
import type { Rng } from "./prng.js";

/** The separators French spreadsheets put between thousands: normal space, no-break space (U+00A0), narrow no-break space (U+202F). */
export type ThousandsSeparator = " " | "\u00a0" | "\u202f";

/** `12 500,50 €`-style rendering of cents; `currency` adds ` €`, `cents` forces two decimals. */
export function frenchAmount(value: Cents, options: { separator: ThousandsSeparator; currency: boolean; cents: boolean }): string {
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  const units = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, options.separator);
  const fraction = abs % 100;
  const decimals = options.cents || fraction !== 0 ? "," + String(fraction).padStart(2, "0") : "";
  return sign + units + decimals + (options.currency ? `${options.separator === " " ? " " : "\u00a0"}€` : "");
}

/** `12500`, `12500,5` or `12500.5`: the bare renderings of cents (trailing zero of the cents dropped, as Excel does). */
export function bareAmount(value: Cents, decimalMark: "," | "."): string {
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  const units = String(Math.floor(abs / 100));
  const fraction = abs % 100;
  if (fraction === 0) return sign + units;
  const digits = String(fraction).padStart(2, "0").replace(/0$/, "");
  return sign + units + decimalMark + digits;
}

/** Separators a Windows-1252 file can carry (U+202F cannot be encoded there). */
export const CP1252_SEPARATORS: readonly ThousandsSeparator[] = [" ", "\u00a0"];

/** One of the amount renderings real exports mix, drawn at random; empty when the amount is absent. */
export function randomAmount(rng: Rng, value: Cents | null, separators: readonly ThousandsSeparator[]): string {
  if (value === null) return "";
  const style = rng.weighted([
    ["full", 45],
    ["grouped", 10],
    ["bare", 40],
    ["dot", 5]
  ] as const);
  switch (style) {
    case "full":
      return frenchAmount(value, { separator: rng.pick(separators), currency: true, cents: true });
    case "grouped":
      return frenchAmount(value, { separator: rng.pick(separators), currency: false, cents: false });
    case "bare":
      return bareAmount(value, ",");
    case "dot":
      return bareAmount(value, ".");
  }
}

/** A date as exports write it: mostly `23/09/2016`, sometimes ISO `2016-09-23`; empty when absent. */
export function randomDate(rng: Rng, day: Day | null): string {
  if (day === null) return "";
  return rng.chance(0.07) ? isoDate(day) : frenchDate(day);
}

/** A yes/no as people type it: `Oui`, `O`, `oui`, `OUI` / `Non`, `N`, `non` or empty; empty when unknown. */
export function randomYesNo(rng: Rng, value: boolean | null): string {
  if (value === null) return "";
  if (value) return rng.weighted([["Oui", 65], ["oui", 15], ["OUI", 10], ["O", 10]] as const);
  return rng.weighted([["Non", 50], ["N", 10], ["non", 10], ["", 30]] as const);
}

/** `7 100 €`, `5 545,50 €`: an amount for prose (README, messages), with ordinary spaces. */
export function euroText(value: Cents): string {
  return frenchAmount(value, { separator: " ", currency: true, cents: false });
}
