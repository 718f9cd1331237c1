/** `part ÷ whole` as a fraction; 0 when `whole` is 0 (a share with an empty denominator is 0, as the contract says). */
export function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
