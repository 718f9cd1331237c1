import { normalizeKey } from "./normalize-key.js";

/** Matches free text against canonical values after normalisation (`INS’pir – Événement créatif` = `INS'pir - Evenement creatif`). */
export function enumMatcher<const T extends string>(values: readonly T[]): (text: string) => T | undefined {
  const byKey = new Map<string, T>(values.map((v) => [normalizeKey(v), v]));
  // Exports spell the same few values over and over: normalise each spelling once (bounded, against hostile input).
  const seen = new Map<string, T | undefined>();
  return (text) => {
    if (seen.has(text)) return seen.get(text);
    const match = byKey.get(normalizeKey(text));
    if (seen.size < 1000) seen.set(text, match);
    return match;
  };
}
