/** Rounds half away from zero to `digits` decimals, free of binary artefacts (1.005 → 1.01). */
export function roundTo(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const rounded = sign * Number(`${Math.round(Number(`${Math.abs(value)}e${digits}`))}e-${digits}`);
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** An amount in € rounded to the cent. */
export function cents(value: number): number {
  return roundTo(value, 2);
}

/** numerator ÷ denominator, 0 when the denominator is 0 (share 0–1). */
export function share(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}
