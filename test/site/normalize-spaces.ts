/** Replaces the no-break spaces Intl puts in French numbers (U+202F, U+00A0) with plain spaces, for readable assertions. */
export function normalizeSpaces(text: string | null | undefined): string {
  return (text ?? "").replace(/[\u202f\u00a0]/g, " ");
}
