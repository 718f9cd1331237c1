// Small French-writing helpers for the annual review's generated sentences.
import { formatEuros, formatInteger, formatPercent, nounFor } from "./format.js";

/** Items joined the French way: `a`, `a et b`, `a, b et c` (empty string for none). */
export function joinFrench(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} et ${items[items.length - 1]}`;
}

/** The verb form that agrees with `count` (singular for 0 and 1, as French does): `a`/`ont`, `avait`/`avaient`. */
export function verbFor(count: number, singular: string, plural: string): string {
  return nounFor(count, singular, plural);
}

/** A difference of counts with its sign: `+22`, `−7`, `0` (U+2212 minus, so that it never breaks from its number). */
export function formatSignedInteger(difference: number): string {
  if (difference === 0) return "0";
  return `${difference > 0 ? "+" : "\u2212"}${formatInteger(Math.abs(difference))}`;
}

/** A difference of amounts in € with its sign: `+12 500 €`, `−3 000 €`, `0 €`. */
export function formatSignedEuros(difference: number): string {
  const rounded = Math.round(difference);
  if (rounded === 0) return formatEuros(0);
  return `${rounded > 0 ? "+" : "\u2212"}${formatEuros(Math.abs(rounded))}`;
}

/** A relative change (share, 1 = +100 %) with its sign: `+25,0 %`, `−12,5 %`, `0,0 %`. */
export function formatSignedPercent(change: number): string {
  const text = formatPercent(Math.abs(change));
  if (text === formatPercent(0)) return text;
  return `${change > 0 ? "+" : "\u2212"}${text}`;
}
