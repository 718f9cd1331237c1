import { formatPercent } from "./format.js";

/** Shown instead of a share whose whole is 0 (no event, or no engaged amount): the share is 0 by rule, but says nothing. */
export const NO_SHARE = "—";

/** `part ÷ whole` as a French percentage (`21,5 %`), or `—` when the whole is 0. */
export function formatShare(part: number, whole: number, digits = 1): string {
  return whole === 0 ? NO_SHARE : formatPercent(part / whole, digits);
}
