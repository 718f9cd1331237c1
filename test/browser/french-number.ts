/** The number a French-formatted figure shows: `440 715 €` → 440715, `63,0 %` → 63, `1 234` → 1234, `+12 500 €` → 12500; NaN if none. */
export function parseFrenchNumber(text: string): number {
  const cleaned = text.replace(/[\s\u00a0\u202f€%]/g, "").replace("−", "-").replace(",", ".");
  return /^[-+]?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/**
 * Whether `text` shows `value` at the precision it is written with: euros to the unit, shares as a percentage
 * with the text's decimals, counts exactly. Values are euros, shares 0–1 or counts.
 */
export function showsValue(text: string, value: number): boolean {
  const shown = parseFrenchNumber(text);
  if (Number.isNaN(shown)) return false;
  const decimals = /,(\d+)/.exec(text)?.[1]?.length ?? 0;
  const expected = text.includes("%") ? value * 100 : value;
  // Half a unit of the last digit shown, plus room for the binary representation of both numbers.
  return Math.abs(shown - expected) <= 0.5 * 10 ** -decimals + 1e-9;
}
